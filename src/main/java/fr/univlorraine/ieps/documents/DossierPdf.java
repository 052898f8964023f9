package fr.univlorraine.ieps.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;
import org.jboss.logging.Logger;

/**
 * One PDF per dossier, so that reviewers read a whole application in one file: a cover with the answers of the
 * form and a table of contents, then every uploaded document in the given order. The cover, and the page standing
 * for a document that cannot be merged, are printed from templates by the caller ({@link Pages}); this class merges
 * the parts, {@link DossierCover} puts the cover in front and {@link DossierLabels} numbers the pages and adds the
 * bookmarks. Parts are accepted by {@link ContentInspector} when uploaded; one that still cannot be merged (a file
 * stored before a check existed, a file gone from the disk) becomes such a page, and the dossier is written anyway,
 * without the scripts, attachments and actions such a file may carry. The result cannot be PDF/A: the candidates'
 * files are what they are.
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
                int coverPages = DossierCover.addInFront(dossier, pages, partPages, sources);

                DossierLabels.addOutline(dossier, description, parts, partPages, coverPages);
                DossierLabels.addFooters(dossier, description);
                DossierLabels.describe(dossier, description);
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
                addImagePage(dossier, part.file(), part.kind());
            }
        } catch (IOException | RuntimeException | StackOverflowError e) {
            LOG.warnf("Document \"%s\" (%s) left out of a merged dossier: %s", part.title(), part.file().getFileName(), e);
            while (dossier.getNumberOfPages() > before) {
                dossier.removePage(dossier.getNumberOfPages() - 1);
            }
            append(dossier, Loader.loadPDF(pages.unavailable(part)), sources);
        }
        return dossier.getNumberOfPages() - before;
    }

    /** Appends a printed document, kept open with the sources until the dossier is saved. */
    static void append(PDDocument dossier, PDDocument printed, List<PDDocument> sources) throws IOException {
        sources.add(printed);
        new PDFMergerUtility().appendDocument(dossier, printed);
    }

    /** Adds the image as one page, upright and scaled to fit A4 (turned to landscape for a wide image) with margins. */
    static void addImagePage(PDDocument dossier, Path file, FileKind kind) throws IOException {
        PDImageXObject image = PDImageXObject.createFromFileByContent(file.toFile(), dossier);
        // PDF ignores EXIF: a phone photo taken upright is stored sideways with an orientation tag.
        int quarterTurns = kind == FileKind.JPEG ? ExifOrientation.clockwiseQuarterTurns(file) : 0;
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
}
