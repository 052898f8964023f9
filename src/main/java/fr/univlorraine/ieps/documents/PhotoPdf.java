package fr.univlorraine.ieps.documents;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Several photos sent for one piece (an identity card's two sides, transcripts photographed page by page) made into
 * the one PDF the piece holds: one page per photo, in the order they were sent, each upright and fitted to A4.
 * The photos were inspected before ({@link ImageInspector}); the PDF holds nothing but their pixels.
 */
final class PhotoPdf {

    /** Photos at most in one sending: each is a page, and a piece is a document, not an album. */
    static final int MAX_PHOTOS = 20;

    private PhotoPdf() {
    }

    /** A new temporary PDF of the photos, in this order; the caller deletes it. */
    static Path combine(List<Path> photos, List<FileKind> kinds) throws IOException {
        Path pdf = Files.createTempFile("ieps-photos-", ".pdf");
        try (PDDocument document = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            for (int i = 0; i < photos.size(); i++) {
                DossierPdf.addImagePage(document, photos.get(i), kinds.get(i));
            }
            document.save(pdf.toFile());
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(pdf);
            throw e;
        }
        return pdf;
    }
}
