package fr.univlorraine.ieps.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * One PDF per dossier, for reviewers and archives: cover pages summarising the form, a table of the
 * documents with the page where each starts, then every document in checklist order (images become
 * pages), and on every page a footer with the reference and the page number. Built on temporary files,
 * never whole in memory.
 */
public final class DossierPdf {

    public record Field(String label, String value) {
    }

    public record Section(String title, List<Field> fields) {
    }

    public record Cover(String title, String reference, String candidate, String generatedAt, List<Section> sections,
            String documentsTitle, String footerLabel) {
    }

    public record Part(String title, Path file, FileKind kind) {
    }

    private static final float MARGIN = 50;
    private static final PDRectangle A4 = PDRectangle.A4;

    private DossierPdf() {
    }

    /** Writes the dossier; returns its number of pages. */
    public static int write(Cover cover, List<Part> parts, OutputStream out) throws IOException {
        try (PDDocument result = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            var writer = new TextWriter(result);
            writer.line(cover.title(), writer.bold, 16);
            writer.line(cover.reference() + " – " + cover.candidate(), writer.bold, 12);
            writer.line(cover.generatedAt(), writer.regular, 9);
            writer.gap();
            for (Section section : cover.sections()) {
                writer.line(section.title(), writer.bold, 12);
                for (Field field : section.fields()) {
                    writer.paragraph(field.label() + " : " + (field.value() == null ? "" : field.value()), 10);
                }
                writer.gap();
            }
            writer.line(cover.documentsTitle(), writer.bold, 12);
            List<int[]> tocSlots = new ArrayList<>();
            for (Part part : parts) {
                tocSlots.add(writer.reserveLine());
            }
            writer.close();
            int coverPages = result.getNumberOfPages();

            List<Integer> starts = new ArrayList<>();
            List<PDDocument> sources = new ArrayList<>();
            try {
                for (Part part : parts) {
                    starts.add(result.getNumberOfPages() + 1);
                    if (part.kind() == FileKind.PDF) {
                        PDDocument source = Loader.loadPDF(part.file().toFile(), "", null, null, IOUtils.createTempFileOnlyStreamCache());
                        sources.add(source);
                        for (PDPage page : source.getPages()) {
                            result.importPage(page);
                        }
                    } else {
                        addImagePage(result, part.file());
                    }
                }
                writer.fillToc(parts, starts, tocSlots);
                stampFooters(result, cover.footerLabel() + " " + cover.reference());
                result.save(out);
            } finally {
                for (PDDocument source : sources) {
                    source.close();
                }
            }
            return result.getNumberOfPages();
        }
    }

    private static void addImagePage(PDDocument document, Path file) throws IOException {
        PDImageXObject image = PDImageXObject.createFromFileByContent(file.toFile(), document);
        PDRectangle size = image.getWidth() > image.getHeight() ? new PDRectangle(A4.getHeight(), A4.getWidth()) : A4;
        PDPage page = new PDPage(size);
        document.addPage(page);
        float maxWidth = size.getWidth() - 2 * 36;
        float maxHeight = size.getHeight() - 2 * 36 - 20;
        float scale = Math.min(maxWidth / image.getWidth(), maxHeight / image.getHeight());
        float width = image.getWidth() * scale;
        float height = image.getHeight() * scale;
        try (var content = new PDPageContentStream(document, page)) {
            content.drawImage(image, (size.getWidth() - width) / 2, (size.getHeight() - height) / 2 + 10, width, height);
        }
    }

    private static void stampFooters(PDDocument document, String label) throws IOException {
        PDFont font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        int total = document.getNumberOfPages();
        int n = 0;
        for (PDPage page : document.getPages()) {
            n++;
            PDRectangle box = page.getMediaBox();
            String text = TextWriter.encodable(font, label + " – " + n + " / " + total);
            try (var content = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                content.beginText();
                content.setFont(font, 8);
                content.newLineAtOffset(box.getLowerLeftX() + 36, box.getLowerLeftY() + 18);
                content.showText(text);
                content.endText();
            }
        }
    }

    /** Writes wrapped text down cover pages, starting a new page when one is full. */
    private static final class TextWriter {
        final PDDocument document;
        final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        PDPage page;
        PDPageContentStream content;
        float y;

        TextWriter(PDDocument document) throws IOException {
            this.document = document;
            newPage();
        }

        void newPage() throws IOException {
            if (content != null) {
                content.close();
            }
            page = new PDPage(A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = A4.getHeight() - MARGIN;
        }

        void line(String text, PDFont font, float size) throws IOException {
            if (y - size * 1.4f < MARGIN + 20) {
                newPage();
            }
            y -= size * 1.4f;
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(MARGIN, y);
            content.showText(encodable(font, text));
            content.endText();
        }

        void paragraph(String text, float size) throws IOException {
            float width = A4.getWidth() - 2 * MARGIN;
            for (String rawLine : text.replace("\r", "").split("\n", -1)) {
                StringBuilder current = new StringBuilder();
                for (String word : rawLine.replace('\t', ' ').split(" ")) {
                    String candidate = current.length() == 0 ? word : current + " " + word;
                    if (regular.getStringWidth(encodable(regular, candidate)) / 1000 * size > width && current.length() > 0) {
                        line(current.toString(), regular, size);
                        current = new StringBuilder(word);
                    } else {
                        current = new StringBuilder(candidate);
                    }
                }
                line(current.toString(), regular, size);
            }
        }

        void gap() {
            y -= 8;
        }

        /** Keeps a line for a table-of-contents entry, filled once page numbers are known: {page index, y}. */
        int[] reserveLine() throws IOException {
            if (y - 14 < MARGIN + 20) {
                newPage();
            }
            y -= 14;
            return new int[] {document.getNumberOfPages() - 1, (int) y};
        }

        void fillToc(List<Part> parts, List<Integer> starts, List<int[]> slots) throws IOException {
            for (int i = 0; i < parts.size(); i++) {
                PDPage tocPage = document.getPage(slots.get(i)[0]);
                try (var stream = new PDPageContentStream(document, tocPage, PDPageContentStream.AppendMode.APPEND, true, true)) {
                    stream.beginText();
                    stream.setFont(regular, 10);
                    stream.newLineAtOffset(MARGIN, slots.get(i)[1]);
                    stream.showText(encodable(regular, (i + 1) + ". " + parts.get(i).title() + " – p. " + starts.get(i)));
                    stream.endText();
                }
            }
        }

        void close() throws IOException {
            content.close();
        }

        /** The text with every character the font cannot print replaced by '?', never an exception. */
        static String encodable(PDFont font, String text) {
            StringBuilder out = new StringBuilder(text.length());
            text.codePoints().forEach(cp -> {
                String ch = new String(Character.toChars(cp));
                if (Character.isISOControl(cp)) {
                    out.append(' ');
                    return;
                }
                try {
                    font.encode(ch);
                    out.append(ch);
                } catch (IOException | IllegalArgumentException e) {
                    out.append('?');
                }
            });
            return out.toString();
        }
    }

}
