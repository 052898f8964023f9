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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;
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
import org.apache.pdfbox.pdmodel.PDPageTree;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.util.Matrix;
import org.jboss.logging.Logger;

/**
 * One PDF per dossier, so that reviewers read a whole application in one file: a cover with the answers of the
 * form and a table of contents, then every uploaded document in the given order. The cover, and the page standing
 * for a document that cannot be merged, are printed from templates by the caller ({@link Pages}); this class merges,
 * numbers the pages and adds the bookmarks. Parts are accepted by {@link ContentInspector} when uploaded; one that
 * still cannot be merged (a file stored before a check existed, a file gone from the disk) becomes such a page, and
 * the dossier is written anyway, without the scripts, attachments and actions such a file may carry. The result
 * cannot be PDF/A: the candidates' files are what they are.
 */
public final class DossierPdf {

    private static final Logger LOG = Logger.getLogger(DossierPdf.class);

    /** A document of the dossier: its title in the reader's language, its file and the kind of its content. */
    public record Part(String title, Path file, FileKind kind) {}

    /**
     * How the dossier names itself: title (e.g. "Dossier de candidature – Master 1 – 2027-2028") and reference for
     * the metadata and the footers, the candidate as author (empty in blind reading), the footer's label.
     */
    public record Description(String title, String reference, String author, String footerLabel) {}

    /** The pages the caller prints from its templates, as PDF files. */
    public interface Pages {
        /** The cover, whose table of contents says that the i-th part starts on page {@code firstPages.get(i)}. */
        byte[] cover(List<Integer> firstPages) throws IOException;

        /** The page standing for a part that could not be merged: its title, and where to read it. */
        byte[] unavailable(Part part) throws IOException;
    }

    private static final PDRectangle A4 = PDRectangle.A4;
    private static final float IMAGE_MARGIN = 36;
    private static final float FOOTER_SIZE = 8;
    private static final float FOOTER_BASELINE = 16;
    /** The cover's page count is known once printed, and its table of contents depends on it. */
    private static final int COVER_ATTEMPTS = 4;

    private DossierPdf() {}

    /**
     * Writes the cover page(s) followed by every part in the given order; images become one page each, scaled to fit
     * A4 with margins. A part that cannot be read or merged becomes one page naming it.
     */
    public static int write(Description description, Pages pages, List<Part> parts, OutputStream out) throws IOException {
        List<PDDocument> sources = new ArrayList<>();
        // Stream data of the result and of every source goes to temporary files: a dossier of
        // tens of megabytes must not sit in the heap.
        try (PDDocument dossier = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            try {
                // The parts first: the table of contents needs the pages each one really took.
                int[] partPages = new int[parts.size()];
                for (int i = 0; i < parts.size(); i++) {
                    partPages[i] = addPart(dossier, parts.get(i), pages, sources);
                }
                int coverPages = addCoverInFront(dossier, pages, partPages, sources);

                addOutline(dossier, description, parts, partPages, coverPages);
                addFooters(dossier, description);
                describe(dossier, description);
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
    private static int addPart(PDDocument dossier, Part part, Pages pages, List<PDDocument> sources) throws IOException {
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
            append(dossier, pages.unavailable(part), sources);
        }
        return dossier.getNumberOfPages() - before;
    }

    /**
     * Prints the cover and puts it in front of the parts. Its table of contents gives page numbers that depend on
     * how many pages the cover itself takes: printed for one page first, then again for the count found, until the
     * two agree (a longer table of contents could push it onto one more page).
     */
    private static int addCoverInFront(PDDocument dossier, Pages pages, int[] partPages, List<PDDocument> sources)
            throws IOException {
        int partsStart = dossier.getNumberOfPages();
        int coverPages = 1;
        PDDocument cover = null;
        for (int attempt = 1; cover == null; attempt++) {
            PDDocument printed = Loader.loadPDF(pages.cover(firstPages(coverPages, partPages)));
            if (printed.getNumberOfPages() == coverPages || attempt == COVER_ATTEMPTS) {
                cover = printed;
            } else {
                coverPages = printed.getNumberOfPages();
                printed.close();
            }
        }
        sources.add(cover);
        if (cover.getNumberOfPages() != coverPages) {
            LOG.warnf("The table of contents of a dossier's cover may be off: %d pages printed for %d expected",
                    cover.getNumberOfPages(), coverPages);
        }
        new PDFMergerUtility().appendDocument(dossier, cover);
        PDPageTree tree = dossier.getPages();
        if (partsStart > 0) {
            PDPage firstPart = tree.get(0);
            List<PDPage> coverPageList = new ArrayList<>();
            for (int i = partsStart; i < tree.getCount(); i++) {
                coverPageList.add(tree.get(i));
            }
            for (PDPage page : coverPageList) {
                tree.remove(page);
                tree.insertBefore(page, firstPart);
            }
        }
        return tree.getCount() - partsStart;
    }

    /** The page (from 1) where each part starts once a cover of that many pages is in front. */
    private static List<Integer> firstPages(int coverPages, int[] partPages) {
        List<Integer> firstPages = new ArrayList<>(partPages.length);
        int next = coverPages + 1;
        for (int pages : partPages) {
            firstPages.add(next);
            next += pages;
        }
        return firstPages;
    }

    private static void append(PDDocument dossier, byte[] pdf, List<PDDocument> sources) throws IOException {
        PDDocument printed = Loader.loadPDF(pdf);
        sources.add(printed);
        new PDFMergerUtility().appendDocument(dossier, printed);
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

    /**
     * "Master IEPS – IEPS-2027-M1-0001 – 3 / 17" at the foot of every page, the candidates' pages included: the only
     * text drawn here rather than printed from a template, in the same embedded font.
     */
    private static void addFooters(PDDocument dossier, Description description) throws IOException {
        PDFont font = PdfPrinter.font(dossier);
        int total = dossier.getNumberOfPages();
        int number = 0;
        for (PDPage page : dossier.getPages()) {
            number++;
            String text = joinDash(description.footerLabel(), description.reference(), number + " / " + total);
            float textWidth = font.getStringWidth(text) / 1000 * FOOTER_SIZE;
            // resetContext wraps the imported content in q/Q, so its leftover transformations,
            // colours or clipping cannot move or hide the footer.
            try (PDPageContentStream content = new PDPageContentStream(dossier, page, AppendMode.APPEND, true, true)) {
                PDRectangle box = page.getCropBox();
                int rotation = Math.floorMod(page.getRotation(), 360);
                float shownWidth = rotation == 90 || rotation == 270 ? box.getHeight() : box.getWidth();
                content.transform(uprightOn(box, rotation));
                content.beginText();
                content.setFont(font, FOOTER_SIZE);
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
    private static void addOutline(PDDocument dossier, Description description, List<Part> parts, int[] partPages,
            int coverPages) {
        // Bookmarks merged from the sources would point into documents the reviewer has not opened.
        PDDocumentOutline outline = new PDDocumentOutline();
        dossier.getDocumentCatalog().setDocumentOutline(outline);
        outline.addLast(bookmark(dossier, 0, orEmpty(description.title())));
        int start = coverPages;
        for (int i = 0; i < parts.size(); i++) {
            outline.addLast(bookmark(dossier, start, orEmpty(parts.get(i).title())));
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

    private static void describe(PDDocument dossier, Description description) {
        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(joinDash(description.title(), description.reference()));
        info.setAuthor(orEmpty(description.author()));
        info.setCreationDate(Calendar.getInstance());
        dossier.setDocumentInformation(info);
        // The merge copies the XMP metadata of the first part that has some: a candidate's PDF/A file would make
        // the whole dossier claim a conformance, and a title, it does not have.
        dossier.getDocumentCatalog().setMetadata(null);
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
