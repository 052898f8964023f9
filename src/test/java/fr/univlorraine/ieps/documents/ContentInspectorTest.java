package fr.univlorraine.ieps.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The type of a file is decided from its bytes; every unsafe or broken file is refused with its reason. */
class ContentInspectorTest {

    private static final Set<FileKind> ALL = EnumSet.allOf(FileKind.class);
    private static final Set<FileKind> PDF_ONLY = EnumSet.of(FileKind.PDF);

    @TempDir
    Path dir;

    private String refusal(String name, byte[] content, Set<FileKind> accepted) throws IOException {
        Path file = Fixtures.write(dir, name, content);
        return assertThrows(RefusedContent.class, () -> ContentInspector.inspect(file, accepted)).messageKey;
    }

    @Test
    void validPdfIsAcceptedWithItsPageCount() throws Exception {
        var inspection = ContentInspector.inspect(Fixtures.write(dir, "releves.pdf", Fixtures.pdf(3)), PDF_ONLY);
        assertEquals(FileKind.PDF, inspection.kind());
        assertEquals(3, inspection.pageCount());
    }

    @Test
    void jpegAndPngAreAcceptedWhereImagesAre() throws Exception {
        assertEquals(FileKind.JPEG, ContentInspector.inspect(Fixtures.write(dir, "id", Fixtures.jpeg()), ALL).kind());
        assertEquals(FileKind.PNG, ContentInspector.inspect(Fixtures.write(dir, "id.png", Fixtures.png()), ALL).kind());
    }

    @Test
    void typeComesFromTheContentNotTheName() throws Exception {
        // a real PDF named .jpg is a PDF
        assertEquals(FileKind.PDF, ContentInspector.inspect(Fixtures.write(dir, "photo.jpg", Fixtures.pdf(1)), ALL).kind());
    }

    @Test
    void emptyFileIsRefused() throws Exception {
        assertEquals("err_file_empty", refusal("cv.pdf", new byte[0], PDF_ONLY));
    }

    @Test
    void renamedWindowsExecutableIsRefused() throws Exception {
        assertEquals("err_file_executable", refusal("cv.pdf", Fixtures.windowsExecutable(), PDF_ONLY));
    }

    @Test
    void elfAndScriptsAreRefused() throws Exception {
        assertEquals("err_file_executable", refusal("cv.pdf", Fixtures.elf(), PDF_ONLY));
        assertEquals("err_file_executable", refusal("cv.pdf", Fixtures.shellScript(), PDF_ONLY));
    }

    @Test
    void htmlSavedAsPdfIsRefused() throws Exception {
        assertEquals("err_file_type", refusal("lettre.pdf", Fixtures.html(), PDF_ONLY));
    }

    @Test
    void wordDocumentIsRefused() throws Exception {
        assertEquals("err_file_type", refusal("lettre.pdf", Fixtures.zip(), PDF_ONLY));
    }

    @Test
    void polyglotIsRefused() throws Exception {
        assertEquals("err_file_polyglot", refusal("cv.pdf", Fixtures.polyglot(), PDF_ONLY));
    }

    @Test
    void encryptedPdfIsRefused() throws Exception {
        assertEquals("err_pdf_encrypted", refusal("releves.pdf", Fixtures.encryptedPdf(), PDF_ONLY));
    }

    @Test
    void truncatedPdfIsRefused() throws Exception {
        assertEquals("err_pdf_corrupt", refusal("releves.pdf", Fixtures.truncated(Fixtures.pdf(5)), PDF_ONLY));
    }

    @Test
    void pdfWithJavaScriptIsRefused() throws Exception {
        assertEquals("err_pdf_active_content", refusal("projet.pdf", Fixtures.pdfWithJavaScript(), PDF_ONLY));
    }

    @Test
    void imageWhereOnlyPdfIsAcceptedIsRefused() throws Exception {
        assertEquals("err_file_type_not_accepted", refusal("cv.png", Fixtures.png(), PDF_ONLY));
    }

    @Test
    void truncatedImagesAreRefused() throws Exception {
        assertEquals("err_image_corrupt", refusal("id.jpg", Fixtures.truncated(Fixtures.jpeg()), ALL));
        assertEquals("err_image_corrupt", refusal("id.png", Fixtures.truncated(Fixtures.png()), ALL));
    }

    @Test
    void decompressionBombIsRefusedBeforeDecoding() throws Exception {
        assertEquals("err_image_too_large", refusal("id.png", Fixtures.hugePng(), ALL));
    }
}
