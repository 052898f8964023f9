package fr.univlorraine.ieps.documents;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.util.Matrix;
import org.jboss.logging.Logger;

/**
 * One PDF per dossier, so that reviewers read a whole application in one file: a cover with the
 * answers of the form and a table of contents, then every uploaded document in the given order.
 * Parts are accepted by {@link ContentInspector} when uploaded; one that still cannot be merged (a file
 * stored before a check existed, a file gone from the disk) becomes a page saying so, and the dossier
 * is written anyway, without the scripts, attachments and actions such a file may carry.
 */
public final class DossierPdf {

    private static final Logger LOG = Logger.getLogger(DossierPdf.class);

    public record Field(String label, String value) {}

    public record Section(String title, List<Field> fields) {}

    /**
     * The cover: title (e.g. "Dossier de candidature – Master 1 – 2027-2028"), reference, candidate name, generated-at
     * text, sections; and the text of the page standing for a document that could not be merged.
     */
    public record Cover(String title, String reference, String candidate, String generatedAt, List<Section> sections,
            String documentsTitle, String footerLabel, String partUnavailable) {}

    public record Part(String title, Path file, FileKind kind) {}

    private static final PDRectangle A4 = PDRectangle.A4;
    private static final float IMAGE_MARGIN = 36;
    private static final float FOOTER_SIZE = 8;
    private static final float FOOTER_BASELINE = 16;

    private DossierPdf() {}

    /**
     * Writes the cover page(s) followed by every part in the given order; images become one page each, scaled to fit
     * A4 with margins. A part that cannot be read or merged becomes one page naming it.
     */
    public static int write(Cover cover, List<Part> parts, OutputStream out) throws IOException {
        List<PDDocument> sources = new ArrayList<>();
        // Stream data of the result and of every source goes to temporary files: a dossier of
        // tens of megabytes must not sit in the heap.
        try (PDDocument dossier = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            try {
                Fonts fonts = new Fonts();
                // The parts first: the table of contents needs the pages each one really took.
                int[] partPages = new int[parts.size()];
                for (int i = 0; i < parts.size(); i++) {
                    partPages[i] = addPart(dossier, parts.get(i), cover, fonts, sources);
                }

                CoverLayout layout = new CoverLayout(fonts);
                layout.lay(cover, parts, partPages);
                layout.renderBefore(dossier);
                int coverPages = layout.pageCount();

                addOutline(dossier, cover, parts, partPages, coverPages, fonts);
                addFooters(dossier, cover, fonts);
                describe(dossier, cover, fonts);
                PdfSanitizer.strip(dossier);
                dossier.save(out);
                return dossier.getNumberOfPages();
            } finally {
                // Imported pages share objects with their source until the dossier is saved.
                closeAll(sources);
            }
        }
    }

    /** Appends the part and returns its number of pages; on failure, its half-added pages go and one page says so. */
    private static int addPart(PDDocument dossier, Part part, Cover cover, Fonts fonts, List<PDDocument> sources)
            throws IOException {
        int before = dossier.getNumberOfPages();
        try {
            if (part.kind() == FileKind.PDF) {
                PDDocument source = Loader.loadPDF(part.file().toFile(), IOUtils.createTempFileOnlyStreamCache());
                sources.add(source);
                if (PdfActions.hasXfa(source)) {
                    // its pages only ask to wait for a form no viewer but Adobe's renders
                    throw new IOException("XFA form");
                }
                new PDFMergerUtility().appendDocument(dossier, source);
            } else {
                addImagePage(dossier, part);
            }
        } catch (IOException | RuntimeException | StackOverflowError e) {
            LOG.warnf("Document \"%s\" (%s) left out of a merged dossier: %s", part.title(), part.file().getFileName(), e);
            while (dossier.getNumberOfPages() > before) {
                dossier.removePage(dossier.getNumberOfPages() - 1);
            }
            addUnavailablePage(dossier, part, cover, fonts);
        }
        return dossier.getNumberOfPages() - before;
    }

    /** The page standing for a part that could not be merged: its title, and where to read it. */
    private static void addUnavailablePage(PDDocument dossier, Part part, Cover cover, Fonts fonts) throws IOException {
        PDPage page = new PDPage(A4);
        dossier.addPage(page);
        float left = 56;
        float width = A4.getWidth() - 2 * left;
        float y = A4.getHeight() - 80;
        try (PDPageContentStream content = new PDPageContentStream(dossier, page)) {
            for (String line : fonts.wrap(orEmpty(part.title()), fonts.bold, 15, width)) {
                y = showLine(content, fonts.bold, 15, left, y, line);
            }
            y -= 10;
            for (String line : fonts.wrap(orEmpty(cover.partUnavailable()), fonts.regular, 11, width)) {
                y = showLine(content, fonts.regular, 11, left, y, line);
            }
        }
    }

    private static float showLine(PDPageContentStream content, PDFont font, float size, float x, float y, String line)
            throws IOException {
        float next = y - size * 1.4f;
        if (!line.isEmpty()) {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, next);
            content.showText(line);
            content.endText();
        }
        return next;
    }

    // ---- images

    private static void addImagePage(PDDocument dossier, Part part) throws IOException {
        PDImageXObject image = PDImageXObject.createFromFileByContent(part.file().toFile(), dossier);
        // PDF ignores EXIF: a phone photo taken upright is stored sideways with an orientation tag.
        int quarterTurns = part.kind() == FileKind.JPEG ? ExifOrientation.clockwiseQuarterTurns(part.file()) : 0;
        boolean sideways = quarterTurns % 2 == 1;
        float shownWidth = sideways ? image.getHeight() : image.getWidth();
        float shownHeight = sideways ? image.getWidth() : image.getHeight();

        PDRectangle box = shownWidth > shownHeight ? new PDRectangle(A4.getHeight(), A4.getWidth()) : A4;
        float scale = Math.min((box.getWidth() - 2 * IMAGE_MARGIN) / shownWidth,
                (box.getHeight() - 2 * IMAGE_MARGIN) / shownHeight);
        float width = image.getWidth() * scale;
        float height = image.getHeight() * scale;
        float x = (box.getWidth() - shownWidth * scale) / 2;
        float y = (box.getHeight() - shownHeight * scale) / 2;

        PDPage page = new PDPage(box);
        dossier.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(dossier, page)) {
            // Maps the stored image (drawn at the origin) onto the shown rectangle at (x, y).
            Matrix placement = switch (quarterTurns) {
                case 1 -> new Matrix(0, -1, 1, 0, x, y + width);
                case 2 -> new Matrix(-1, 0, 0, -1, x + width, y + height);
                case 3 -> new Matrix(0, 1, -1, 0, x + height, y);
                default -> new Matrix(1, 0, 0, 1, x, y);
            };
            content.transform(placement);
            content.drawImage(image, 0, 0, width, height);
        }
    }

    // ---- footer, outline, metadata

    private static void addFooters(PDDocument dossier, Cover cover, Fonts fonts) throws IOException {
        int total = dossier.getNumberOfPages();
        int number = 0;
        for (PDPage page : dossier.getPages()) {
            number++;
            String text = fonts.printable(joinDash(cover.footerLabel(), cover.reference(), number + " / " + total));
            float textWidth = fonts.width(fonts.regular, FOOTER_SIZE, text);
            // resetContext wraps the imported content in q/Q, so its leftover transformations,
            // colours or clipping cannot move or hide the footer.
            try (PDPageContentStream content = new PDPageContentStream(dossier, page, AppendMode.APPEND, true, true)) {
                PDRectangle box = page.getCropBox();
                int rotation = Math.floorMod(page.getRotation(), 360);
                float shownWidth = rotation == 90 || rotation == 270 ? box.getHeight() : box.getWidth();
                content.transform(uprightOn(box, rotation));
                content.beginText();
                content.setFont(fonts.regular, FOOTER_SIZE);
                content.setNonStrokingColor(0.35f);
                content.newLineAtOffset((shownWidth - textWidth) / 2, FOOTER_BASELINE);
                content.showText(text);
                content.endText();
            }
        }
    }

    /**
     * Coordinates whose origin is the bottom left corner of the page as a viewer shows it: the
     * visible area (crop box) may not start at 0,0 and /Rotate turns the page when displayed.
     */
    private static Matrix uprightOn(PDRectangle box, int rotation) {
        return switch (rotation) {
            case 90 -> new Matrix(0, 1, -1, 0, box.getUpperRightX(), box.getLowerLeftY());
            case 180 -> new Matrix(-1, 0, 0, -1, box.getUpperRightX(), box.getUpperRightY());
            case 270 -> new Matrix(0, -1, 1, 0, box.getLowerLeftX(), box.getUpperRightY());
            default -> new Matrix(1, 0, 0, 1, box.getLowerLeftX(), box.getLowerLeftY());
        };
    }

    /** Bookmarks to the cover and every part: reviewers jump between documents from the side panel. */
    private static void addOutline(PDDocument dossier, Cover cover, List<Part> parts, int[] partPages, int coverPages,
            Fonts fonts) {
        // Bookmarks merged from the sources would point into documents the reviewer has not opened.
        PDDocumentOutline outline = new PDDocumentOutline();
        dossier.getDocumentCatalog().setDocumentOutline(outline);
        outline.addLast(bookmark(dossier, 0, fonts.printable(orEmpty(cover.title()))));
        int start = coverPages;
        for (int i = 0; i < parts.size(); i++) {
            outline.addLast(bookmark(dossier, start, fonts.printable(orEmpty(parts.get(i).title()))));
            start += partPages[i];
        }
    }

    private static PDOutlineItem bookmark(PDDocument dossier, int pageIndex, String title) {
        PDPageFitDestination destination = new PDPageFitDestination();
        destination.setPage(dossier.getPage(pageIndex));
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        item.setDestination(destination);
        return item;
    }

    private static void describe(PDDocument dossier, Cover cover, Fonts fonts) {
        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(fonts.printable(joinDash(cover.title(), cover.reference())));
        info.setAuthor(fonts.printable(orEmpty(cover.candidate())));
        info.setCreationDate(Calendar.getInstance());
        dossier.setDocumentInformation(info);
    }

    private static void closeAll(List<PDDocument> documents) throws IOException {
        IOException failure = null;
        for (PDDocument document : documents) {
            try {
                document.close();
            } catch (IOException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private static String joinDash(String... pieces) {
        return Stream.of(pieces).filter(Objects::nonNull).map(String::strip).filter(p -> !p.isEmpty())
                .collect(Collectors.joining(" – "));
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    // ---- text

    /** Helvetica, which every viewer has, so nothing is embedded; it only knows WinAnsi characters. */
    static final class Fonts {
        final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        private final Map<Integer, Boolean> encodable = new HashMap<>();

        /**
         * One line of text the font can show: PDFBox throws on a character outside WinAnsi, and
         * candidates paste anything. Letters with foreign accents lose the accent (Dvořák → Dvorák),
         * what still cannot be shown (Ł, emoji, CJK) becomes '?', invisible controls disappear.
         */
        String printable(String text) {
            return PdfText.printable(text, this::canEncode, this::stripAccents);
        }

        private String stripAccents(int c) {
            String decomposed = Normalizer.normalize(new String(Character.toChars(c)), Normalizer.Form.NFKD);
            StringBuilder base = new StringBuilder();
            decomposed.codePoints()
                    .filter(d -> Character.getType(d) != Character.NON_SPACING_MARK)
                    .forEach(base::appendCodePoint);
            boolean usable = base.length() > 0 && !base.toString().equals(new String(Character.toChars(c)))
                    && base.codePoints().allMatch(this::canEncode);
            return usable ? base.toString() : "?";
        }

        private boolean canEncode(int c) {
            return encodable.computeIfAbsent(c, key -> {
                try {
                    regular.encode(new String(Character.toChars(key)));
                    return true;
                } catch (IllegalArgumentException | IOException e) {
                    return false;
                }
            });
        }

        float width(PDFont font, float size, String printableText) throws IOException {
            return font.getStringWidth(printableText) / 1000 * size;
        }

        /** Word-wraps text to a width; newlines in the text start a new line, over-long words are cut. */
        List<String> wrap(String text, PDFont font, float size, float maxWidth) throws IOException {
            return PdfText.wrap(text, this::printable, part -> width(font, size, part), maxWidth);
        }

    }

    // ---- cover

    /**
     * Lays the cover out as a list of drawing operations per page before drawing anything: the
     * table of contents gives page numbers that depend on how many pages the cover itself takes.
     */
    private static final class CoverLayout {
        private static final float LEFT = 56;
        private static final float RIGHT = A4.getWidth() - 56;
        private static final float TOP = A4.getHeight() - 60;
        private static final float BOTTOM = 50;
        private static final float LABEL_WIDTH = 150;
        private static final float GUTTER = 12;
        private static final float VALUE_X = LEFT + LABEL_WIDTH + GUTTER;
        private static final float TEXT_SIZE = 9.5f;
        private static final float NUMBER_WIDTH = 40;

        private sealed interface Op permits Text, Rule, PageNumber {}

        private record Text(float x, float y, PDFont font, float size, float gray, String text) implements Op {}

        private record Rule(float y) implements Op {}

        /** The page where a part starts, counted from the first page after the cover. */
        private record PageNumber(float y, PDFont font, float size, int pagesAfterCover) implements Op {}

        private final Fonts fonts;
        private final List<List<Op>> pages = new ArrayList<>();
        private float y;

        CoverLayout(Fonts fonts) {
            this.fonts = fonts;
            newPage();
        }

        int pageCount() {
            return pages.size();
        }

        void lay(Cover cover, List<Part> parts, int[] partPages) throws IOException {
            paragraph(cover.title(), fonts.bold, 17, 0, LEFT, RIGHT - LEFT);
            space(6);
            paragraph(cover.candidate(), fonts.bold, 13, 0, LEFT, RIGHT - LEFT);
            paragraph(cover.reference(), fonts.regular, 11, 0, LEFT, RIGHT - LEFT);
            paragraph(cover.generatedAt(), fonts.regular, 9, 0.4f, LEFT, RIGHT - LEFT);
            space(6);
            rule();

            for (Section section : orEmptyList(cover.sections())) {
                heading(section.title());
                for (Field field : orEmptyList(section.fields())) {
                    row(field);
                }
            }

            if (parts.isEmpty()) {
                return;
            }
            heading(cover.documentsTitle());
            int pagesBefore = 0;
            for (int i = 0; i < parts.size(); i++) {
                List<String> lines = fonts.wrap(parts.get(i).title(), fonts.regular, 10, RIGHT - LEFT - NUMBER_WIDTH);
                for (int l = 0; l < lines.size(); l++) {
                    nextLine(10 * 1.45f);
                    add(new Text(LEFT, y, fonts.regular, 10, 0, lines.get(l)));
                    if (l == 0) {
                        add(new PageNumber(y, fonts.regular, 10, pagesBefore));
                    }
                }
                pagesBefore += partPages[i];
            }
        }

        /** Draws the cover pages in front of the pages already in the dossier. */
        void renderBefore(PDDocument dossier) throws IOException {
            int coverPages = pages.size();
            PDPage first = dossier.getNumberOfPages() > 0 ? dossier.getPage(0) : null;
            for (List<Op> ops : pages) {
                PDPage page = new PDPage(A4);
                if (first == null) {
                    dossier.addPage(page);
                } else {
                    dossier.getPages().insertBefore(page, first);
                }
                try (PDPageContentStream content = new PDPageContentStream(dossier, page)) {
                    for (Op op : ops) {
                        if (op instanceof Text text) {
                            show(content, text.font(), text.size(), text.gray(), text.x(), text.y(), text.text());
                        } else if (op instanceof PageNumber number) {
                            String value = String.valueOf(coverPages + number.pagesAfterCover() + 1);
                            float x = RIGHT - fonts.width(number.font(), number.size(), value);
                            show(content, number.font(), number.size(), 0, x, number.y(), value);
                        } else if (op instanceof Rule rule) {
                            content.setStrokingColor(0.6f);
                            content.setLineWidth(0.6f);
                            content.moveTo(LEFT, rule.y());
                            content.lineTo(RIGHT, rule.y());
                            content.stroke();
                        }
                    }
                }
            }
        }

        private static void show(PDPageContentStream content, PDFont font, float size, float gray, float x, float y,
                String text) throws IOException {
            content.beginText();
            content.setFont(font, size);
            content.setNonStrokingColor(gray);
            content.newLineAtOffset(x, y);
            content.showText(text);
            content.endText();
        }

        private void heading(String title) throws IOException {
            space(14);
            // A heading alone at the bottom of a page would be separated from its rows.
            need(12 * 1.4f + 4 + 3 * TEXT_SIZE * 1.35f);
            paragraph(title, fonts.bold, 12, 0, LEFT, RIGHT - LEFT);
            space(3);
            rule();
            space(2);
        }

        /** Label and value side by side; a long value simply continues on the next page. */
        private void row(Field field) throws IOException {
            List<String> labels = fonts.wrap(field.label(), fonts.bold, TEXT_SIZE, LABEL_WIDTH);
            List<String> values = fonts.wrap(field.value(), fonts.regular, TEXT_SIZE, RIGHT - VALUE_X);
            for (int i = 0; i < Math.max(labels.size(), values.size()); i++) {
                nextLine(TEXT_SIZE * 1.35f);
                if (i < labels.size() && !labels.get(i).isEmpty()) {
                    add(new Text(LEFT, y, fonts.bold, TEXT_SIZE, 0.25f, labels.get(i)));
                }
                if (i < values.size() && !values.get(i).isEmpty()) {
                    add(new Text(VALUE_X, y, fonts.regular, TEXT_SIZE, 0, values.get(i)));
                }
            }
            space(4);
        }

        private void paragraph(String text, PDFont font, float size, float gray, float x, float width)
                throws IOException {
            if (text == null || text.isBlank()) {
                return;
            }
            for (String line : fonts.wrap(text, font, size, width)) {
                nextLine(size * 1.35f);
                if (!line.isEmpty()) {
                    add(new Text(x, y, font, size, gray, line));
                }
            }
        }

        private void rule() {
            nextLine(2);
            add(new Rule(y));
        }

        private void space(float height) {
            y -= height;
        }

        private void nextLine(float leading) {
            need(leading);
            y -= leading;
        }

        private void need(float height) {
            if (y - height < BOTTOM) {
                newPage();
            }
        }

        private void newPage() {
            pages.add(new ArrayList<>());
            y = TOP;
        }

        private void add(Op op) {
            pages.get(pages.size() - 1).add(op);
        }

        private static <T> List<T> orEmptyList(List<T> list) {
            return list == null ? List.of() : list;
        }
    }

    // ---- EXIF

    /** Reads the EXIF orientation of a JPEG; anything unexpected means "as stored". */
    static final class ExifOrientation {
        private static final int ORIENTATION_TAG = 0x0112;

        private ExifOrientation() {}

        /** 0 to 3 quarter turns clockwise to show the photo upright (mirrored variants are ignored). */
        static int clockwiseQuarterTurns(Path jpeg) {
            return switch (orientation(jpeg)) {
                case 3, 4 -> 2;
                case 5, 6 -> 1;
                case 7, 8 -> 3;
                default -> 0;
            };
        }

        private static int orientation(Path jpeg) {
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(jpeg)))) {
                if (in.readUnsignedShort() != 0xFFD8) {
                    return 1;
                }
                while (true) {
                    int marker = in.readUnsignedShort();
                    if ((marker & 0xFF00) != 0xFF00 || marker == 0xFFDA || marker == 0xFFD9) {
                        return 1; // EXIF always comes before the image data
                    }
                    int length = in.readUnsignedShort();
                    if (length < 2) {
                        return 1;
                    }
                    if (marker == 0xFFE1) {
                        int found = fromApp1(in.readNBytes(length - 2));
                        if (found > 0) {
                            return found;
                        }
                    } else {
                        in.skipNBytes(length - 2);
                    }
                }
            } catch (IOException | RuntimeException e) {
                return 1;
            }
        }

        /** 0 when the segment is not EXIF (XMP also uses APP1). */
        private static int fromApp1(byte[] segment) {
            byte[] exif = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);
            if (segment.length < exif.length + 8 || !Arrays.equals(segment, 0, exif.length, exif, 0, exif.length)) {
                return 0;
            }
            ByteBuffer tiff = ByteBuffer.wrap(segment, exif.length, segment.length - exif.length).slice();
            tiff.order(tiff.get(0) == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
            int ifd = tiff.getInt(4);
            int entries = tiff.getShort(ifd) & 0xFFFF;
            for (int i = 0; i < entries; i++) {
                int entry = ifd + 2 + 12 * i;
                if ((tiff.getShort(entry) & 0xFFFF) == ORIENTATION_TAG) {
                    int value = tiff.getShort(entry + 8) & 0xFFFF;
                    return value >= 1 && value <= 8 ? value : 1;
                }
            }
            return 1;
        }
    }
}
