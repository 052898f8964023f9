package fr.univlorraine.ieps.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.xml.DomXmpParser;

/**
 * What the tests check on every PDF the app prints: the text as a reader copies it, the fonts (all embedded, none of
 * the standard 14 a viewer would substitute), PDF/A-2b as its metadata declares it, Arabic shaped and right to left.
 */
public final class PrintedPdfs {

    /** Names in the scripts the embedded font must cover: Latin with its extensions, Vietnamese, Greek, Arabic. */
    public static final List<String> NAMES = List.of("Łucja Dvořák", "Nguyễn Thị Minh Khai", "Ελένη", "محمد");

    /**
     * "محمد" as the page shows it: Arabic letters take their joined forms (initial meem, medial hah, medial meem,
     * final dal, from Unicode's presentation forms) and run right to left, so that read from the left of the page the
     * glyphs are dal, meem, hah, meem.
     */
    public static final String MUHAMMAD_AS_DRAWN = "\uFEAA\uFEE4\uFEA4\uFEE3";

    private PrintedPdfs() {
    }

    /** The text of the pages, as PDFBox extracts it: Arabic back in reading order and in its plain letters. */
    public static String text(PDDocument document, int from, int to) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        return stripper.getText(document);
    }

    /** The whole text with runs of white space made one space. */
    public static String flatText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return text(document, 1, document.getNumberOfPages()).replaceAll("\\s+", " ");
        }
    }

    /**
     * Whether the words of the phrase are in the text in this order: a cell that wraps over several lines is read line
     * by line across its row, so that the next cells' words come between its own.
     */
    public static boolean containsInOrder(String text, String phrase) {
        int at = 0;
        for (String word : phrase.split("\\s+")) {
            at = text.indexOf(word, at);
            if (at < 0) {
                return false;
            }
            at += word.length();
        }
        return true;
    }

    /**
     * The characters of the glyphs in the order the page draws them (left to right on a line), before PDFBox puts
     * right-to-left text back in reading order and shaped Arabic letters back to plain ones.
     */
    public static String drawnGlyphs(PDDocument document) throws IOException {
        StringBuilder drawn = new StringBuilder();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                drawn.append(text.getUnicode());
                super.processTextPosition(text);
            }
        };
        stripper.getText(document);
        return drawn.toString();
    }

    /** Every name of {@link #NAMES} is in the text as written, and Arabic is drawn shaped, right to left. */
    public static void assertNamesAsWritten(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = text(document, 1, document.getNumberOfPages());
            for (String name : NAMES) {
                assertTrue(text.contains(name), () -> "«" + name + "» is missing from:\n" + text);
            }
            assertFalse(text.contains("?") || text.contains("#"), "no letter replaced:\n" + text);
            String drawn = drawnGlyphs(document);
            assertTrue(drawn.contains(MUHAMMAD_AS_DRAWN), "Arabic shaped and drawn right to left: " + drawn);
        }
    }

    /** On these pages (from 1), every font is embedded and none is one of the standard 14. */
    public static void assertFontsEmbedded(PDDocument document, int from, int to) throws IOException {
        List<String> fonts = new ArrayList<>();
        for (int page = from; page <= to; page++) {
            collectFonts(document.getPage(page - 1).getResources(), fonts, page, 0);
        }
        assertFalse(fonts.isEmpty(), "no font found on pages " + from + " to " + to);
    }

    private static void collectFonts(PDResources resources, List<String> found, int page, int depth) throws IOException {
        if (resources == null || depth > 8) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            assertNotNull(font, "font " + name + " of page " + page);
            assertTrue(font.isEmbedded(), "font " + font.getName() + " on page " + page + " is embedded");
            boolean standard14 = font instanceof PDType1Font type1 && type1.isStandard14()
                    || Standard14Fonts.containsName(font.getName());
            assertFalse(standard14, "font " + font.getName() + " on page " + page + " is not a standard 14 font");
            found.add(font.getName());
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDFormXObject form) {
                collectFonts(form.getResources(), found, page, depth + 1);
            }
        }
    }

    /**
     * A PDF/A-2b document: its XMP metadata declares part 2, conformance B, and repeats the title; an sRGB output
     * intent; a language; every font of every page embedded, none of the standard 14.
     */
    public static void assertPdfA2b(byte[] pdf, String title) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var catalog = document.getDocumentCatalog();
            assertNotNull(catalog.getMetadata(), "XMP metadata");
            XMPMetadata xmp = new DomXmpParser().parse(catalog.getMetadata().toByteArray());
            PDFAIdentificationSchema pdfa = xmp.getPDFAIdentificationSchema();
            assertNotNull(pdfa, "PDF/A identification in the XMP metadata");
            assertEquals(2, pdfa.getPart(), "PDF/A part");
            assertEquals("B", pdfa.getConformance(), "PDF/A conformance");
            DublinCoreSchema dc = xmp.getDublinCoreSchema();
            assertNotNull(dc, "Dublin Core in the XMP metadata");
            assertEquals(title, dc.getTitle(), "title in the XMP metadata");
            assertEquals(title, document.getDocumentInformation().getTitle(), "title in the document information");
            List<PDOutputIntent> intents = catalog.getOutputIntents();
            assertEquals(1, intents.size(), "one output intent");
            assertEquals("sRGB IEC61966-2.1", intents.get(0).getOutputConditionIdentifier());
            assertNotNull(intents.get(0).getDestOutputIntent(), "the ICC profile is embedded");
            assertNotNull(catalog.getLanguage(), "language");
            assertFontsEmbedded(document, 1, document.getNumberOfPages());
        }
    }

    /** With -Dscreens=true, the PDF and its first pages as pictures under target/screens, for a person to look at. */
    public static void look(byte[] pdf, String name) throws IOException {
        if (!Boolean.getBoolean("screens")) {
            return;
        }
        Files.createDirectories(Path.of("target/screens"));
        Files.write(Path.of("target/screens", name + ".pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (int page = 0; page < Math.min(3, document.getNumberOfPages()); page++) {
                BufferedImage image = new PDFRenderer(document).renderImageWithDPI(page, 80);
                ImageIO.write(image, "png", Path.of("target/screens", name + "-" + (page + 1) + ".png").toFile());
            }
        }
    }
}
