package fr.univlorraine.ieps.documents;

import static fr.univlorraine.ieps.documents.ContentInspectorTest.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hostile PDFs of the security report, each refused with its reason, and the look-alikes that are fine. */
class PdfInspectorTest {

    private static final long MB = 1L << 20;

    @TempDir
    Path dir;

    // ---- the work a file may cost

    @Test
    void compressionBombIsStoppedByTheDefaultStreamLimit() throws Exception {
        // 40 pages sharing one content stream that inflates to 100 MB: 4 GB of inflating for a page-by-page reader
        Path bomb = write("bomb.pdf", HostilePdfs.bomb(40, 100 * MB));
        assertTrue(Files.size(bomb) < 200_000, "about 100 KB on disk: " + Files.size(bomb));
        RefusedContent refused = assertRefused(PdfRefusal.TOO_COMPLEX, bomb);
        assertTrue(refused.detail.contains("a stream decodes to more than " + PdfLimits.DEFAULTS.maxStreamBytes()),
                "stopped by the stream limit, not the clock: " + refused.detail);
    }

    @Test
    void streamSharedByEveryPageIsDecodedOnce() throws Exception {
        // 40 pages x 3 MB would be 120 MB if each page were read on its own
        Path shared = write("shared.pdf", HostilePdfs.bomb(40, 3 * MB));
        PdfLimits small = new PdfLimits(500, 4 * MB, 8 * MB, Duration.ofSeconds(30));
        assertEquals(40, ContentInspector.inspect(shared, EnumSet.of(FileKind.PDF), small).pageCount());
    }

    @Test
    void streamsThatTogetherDecodeToTooMuchAreRefused() throws Exception {
        Path file = dir.resolve("many.pdf");
        try (PDDocument document = new PDDocument()) {
            for (int i = 0; i < 3; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    String line = "0 0 m 10 10 l S\n";
                    for (int written = 0; written < 3 * MB; written += line.length()) {
                        content.appendRawCommands(line);
                    }
                }
            }
            document.save(file.toFile());
        }
        PdfLimits small = new PdfLimits(500, 4 * MB, 8 * MB, Duration.ofSeconds(30));
        RefusedContent refused = assertRefused(PdfRefusal.TOO_COMPLEX, file, small);
        assertTrue(refused.detail.contains("the streams decode to more than"), refused.detail);
        assertEquals(3, ContentInspector.inspect(file, EnumSet.of(FileKind.PDF)).pageCount(), "fine with the defaults");
    }

    @Test
    void objectStreamBombHoldingTheCatalogIsRefusedBeforePdfBoxInflatesIt() throws Exception {
        // PDFBox reads the catalog while opening the file, inflating its whole object stream into memory
        Path bomb = write("objstm.pdf", HostilePdfs.objectStreamBomb(100 * MB));
        RefusedContent refused = assertRefused(PdfRefusal.TOO_COMPLEX, bomb);
        assertTrue(refused.detail.contains("more than " + PdfBudget.MAX_STRUCTURE_BYTES), refused.detail);
        // the same file with a harmless object stream opens: the hand-written structure is sound
        assertEquals(1, ContentInspector.inspect(write("objstm-ok.pdf", HostilePdfs.objectStreamBomb(1000)),
                EnumSet.of(FileKind.PDF)).pageCount());
    }

    @Test
    void tooManyPagesAreRefused() throws Exception {
        assertEquals(500, ContentInspector.inspect(write("500.pdf", HostilePdfs.pages(500)), EnumSet.of(FileKind.PDF)).pageCount());
        RefusedContent refused = assertRefused(PdfRefusal.TOO_COMPLEX, write("501.pdf", HostilePdfs.pages(501)));
        assertTrue(refused.detail.contains("more than 500 pages"), refused.detail);
    }

    @Test
    void tooManyObjectsAreRefusedBeforeTheyAreRead() throws Exception {
        Path file = write("objects.pdf", HostilePdfs.with(document -> {
            var junk = new org.apache.pdfbox.cos.COSArray();
            for (int i = 0; i <= PdfInspector.MAX_OBJECTS; i++) {
                COSDictionary object = new COSDictionary();
                object.setDirect(false);
                junk.add(object);
            }
            document.getDocumentCatalog().getCOSObject().setItem(COSName.getPDFName("Junk"), junk);
        }));
        RefusedContent refused = assertRefused(PdfRefusal.TOO_COMPLEX, file);
        assertTrue(refused.detail.contains("objects"), refused.detail);
    }

    @Test
    void inspectionOverItsTimeBudgetIsRefused() throws Exception {
        Path file = write("cv.pdf", Fixtures.pdf(3));
        PdfLimits noTime = new PdfLimits(500, 64 * MB, 512 * MB, Duration.ZERO);
        RefusedContent refused = assertRefused(PdfRefusal.TOO_COMPLEX, file, noTime);
        assertTrue(refused.detail.contains("time budget"), refused.detail);
    }

    @Test
    void predictorRowsThatWouldExhaustMemoryAreRefused() throws Exception {
        Path file = write("predictor.pdf", HostilePdfs.with(document -> {
            var stream = document.getDocument().createCOSStream();
            try (var out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                out.write(new byte[100]);
            }
            COSDictionary parameters = new COSDictionary();
            parameters.setInt(COSName.PREDICTOR, 12);
            parameters.setInt(COSName.COLUMNS, 1_000_000_000);
            stream.setItem(COSName.DECODE_PARMS, parameters);
            document.getDocumentCatalog().getCOSObject().setItem(COSName.getPDFName("Junk"), stream);
        }));
        assertRefused(PdfRefusal.TOO_COMPLEX, file);
    }

    // ---- what a PDF would do

    @Test
    void xfaFormIsRefused() throws Exception {
        assertRefused(PdfRefusal.XFA, write("xfa.pdf", HostilePdfs.xfa()));
    }

    @Test
    void embeddedFilesAreRefused() throws Exception {
        assertRefused(PdfRefusal.EMBEDDED_FILE, write("exe.pdf", HostilePdfs.embeddedExe()));
        assertRefused(PdfRefusal.EMBEDDED_FILE, write("clip.pdf", HostilePdfs.attachmentAnnotation()));
    }

    @Test
    void javaScriptIsRefused() throws Exception {
        assertRefused(PdfRefusal.JAVASCRIPT, write("js.pdf", HostilePdfs.openActionJavaScript()));
        assertRefused(PdfRefusal.LINK, write("js-uri.pdf", HostilePdfs.with(
                document -> HostilePdfs.link(document, HostilePdfs.uri("javascript:app.alert(1)")))));
    }

    @Test
    void actionsThatRunOrFetchAreRefused() throws Exception {
        assertRefused(PdfRefusal.ACTION, write("launch.pdf", HostilePdfs.launch()));
        assertRefused(PdfRefusal.ACTION, write("submit.pdf", HostilePdfs.submitForm()));
        assertRefused(PdfRefusal.ACTION, write("import.pdf", HostilePdfs.importData()));
        assertRefused(PdfRefusal.ACTION, write("gotor.pdf", HostilePdfs.goToR()));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"Launch", "SubmitForm", "ImportData", "GoToR", "GoToE", "Rendition",
            "Movie", "Sound", "RichMediaExecute"})
    void everyActionThatRunsFetchesOrPlaysIsRefusedBehindALink(String type) throws Exception {
        Path file = write(type + ".pdf", HostilePdfs.with(document -> {
            var action = new COSDictionary();
            action.setName(COSName.TYPE, "Action");
            action.setName(COSName.S, type);
            // set as it is: PDFBox's own factory knows neither Rendition nor RichMediaExecute
            var link = new org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink();
            link.setRectangle(new PDRectangle(72, 700, 200, 20));
            link.getCOSObject().setItem(COSName.A, action);
            document.getPage(0).getAnnotations().add(link);
        }));
        assertRefused(PdfRefusal.ACTION, file);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"RichMedia", "3D", "Screen", "Movie", "Sound"})
    void everyMediaAnnotationIsRefused(String subtype) throws Exception {
        Path file = write(subtype + ".pdf", HostilePdfs.with(document -> {
            PDAnnotation media = PDAnnotation.createAnnotation(new COSDictionary());
            media.getCOSObject().setName(COSName.SUBTYPE, subtype);
            media.setRectangle(new PDRectangle(72, 600, 200, 100));
            document.getPage(0).getAnnotations().add(media);
        }));
        assertRefused(PdfRefusal.MEDIA, file);
    }

    @Test
    void openingOnAPageWithAGoToActionIsAccepted() throws Exception {
        Path file = write("goto.pdf", HostilePdfs.with(document -> {
            var destination = new org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination();
            destination.setPage(document.getPage(0));
            var goTo = new org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo();
            goTo.setDestination(destination);
            document.getDocumentCatalog().setOpenAction(goTo);
        }));
        assertEquals(1, ContentInspector.inspect(file, EnumSet.of(FileKind.PDF)).pageCount());
    }

    @Test
    void actionsWithoutAClickAreRefused() throws Exception {
        assertRefused(PdfRefusal.AUTOMATIC_ACTION, write("open-uri.pdf", HostilePdfs.openActionUri()));
        assertRefused(PdfRefusal.AUTOMATIC_ACTION, write("page-aa.pdf", HostilePdfs.pageAdditionalActions()));
    }

    @Test
    void linksToFilesAndSharesAreRefused() throws Exception {
        assertRefused(PdfRefusal.LINK, write("smb.pdf", HostilePdfs.smbLink()));
        assertRefused(PdfRefusal.LINK, write("file.pdf", HostilePdfs.fileLink()));
    }

    @Test
    void mediaAnnotationsAreRefused() throws Exception {
        assertRefused(PdfRefusal.MEDIA, write("screen.pdf", HostilePdfs.with(document -> {
            PDAnnotation screen = PDAnnotation.createAnnotation(new COSDictionary());
            screen.getCOSObject().setName(COSName.SUBTYPE, "Screen");
            screen.setRectangle(new PDRectangle(72, 600, 200, 100));
            document.getPage(0).getAnnotations().add(screen);
        })));
    }

    @Test
    void webLinksAndLatexOpeningAreAccepted() throws Exception {
        assertEquals(1, ContentInspector.inspect(write("cv.pdf", HostilePdfs.webLinks()), EnumSet.of(FileKind.PDF)).pageCount());
        assertEquals(1, ContentInspector.inspect(write("latex.pdf", HostilePdfs.latexOpenAction()), EnumSet.of(FileKind.PDF))
                .pageCount());
    }

    // ---- how the file ends

    @Test
    void zipAppendedAfterTheEndIsAPolyglot() throws Exception {
        byte[] polyglot = HostilePdfs.zipPolyglot();
        assertTrue(new String(polyglot, StandardCharsets.ISO_8859_1).endsWith("%%EOF"), "ends like a PDF");
        assertRefused(PdfRefusal.POLYGLOT, write("polyglot.pdf", polyglot));
    }

    @Test
    void dataAfterTheEndIsRefused() throws Exception {
        assertRefused(PdfRefusal.TRAILING_DATA, write("appended.pdf", HostilePdfs.appendedData()));
    }

    @Test
    void incrementallyUpdatedPdfIsAcceptedAndItsCutCopyIsDamaged() throws Exception {
        Path original = write("v1.pdf", Fixtures.pdf(2));
        var updated = new ByteArrayOutputStream();
        try (PDDocument document = Loader.loadPDF(original.toFile())) {
            document.getDocumentInformation().setTitle("Relevé de notes, version corrigée");
            document.getDocumentInformation().getCOSObject().setNeedToBeUpdated(true);
            document.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
            document.saveIncremental(updated);
        }
        byte[] bytes = updated.toByteArray();
        assertEquals(2, ContentInspector.inspect(write("v2.pdf", bytes), EnumSet.of(FileKind.PDF)).pageCount(),
                "two %%EOF markers, the last one closes the file");
        long firstEnd = Files.size(original);
        byte[] cut = Arrays.copyOf(bytes, (int) (firstEnd + (bytes.length - firstEnd) / 2));
        RefusedContent refused = assertThrows(RefusedContent.class,
                () -> ContentInspector.inspect(write("cut.pdf", cut), EnumSet.of(FileKind.PDF)));
        assertEquals(DocumentError.PDF_CORRUPT, refused.error, "cut in its last revision: incomplete, not \"data appended\"");
    }

    @Test
    void damagedPdfIsRepairedOnlyWithoutObjectStreams() throws Exception {
        // a comment inserted after the header shifts every object: the cross-reference table is wrong
        byte[] plain = Files.readAllBytes(ContentInspectorTest.pdf(dir, "plain.pdf", 2, "Plain", CompressParameters.NO_COMPRESSION));
        assertEquals(2, ContentInspector.inspect(write("shifted.pdf", shifted(plain)), EnumSet.of(FileKind.PDF)).pageCount(),
                "repaired as viewers do");
        byte[] packed = Files.readAllBytes(ContentInspectorTest.pdf(dir, "packed.pdf", 2, "Packed", CompressParameters.DEFAULT_COMPRESSION));
        RefusedContent refused = assertThrows(RefusedContent.class,
                () -> ContentInspector.inspect(write("shifted-packed.pdf", shifted(packed)), EnumSet.of(FileKind.PDF)));
        assertEquals(DocumentError.PDF_CORRUPT, refused.error, "repairing would inflate its object streams unchecked");
    }

    @Test
    void everyRefusalHasItsTextInFrenchAndEnglish() throws Exception {
        for (String lang : java.util.List.of("fr", "en")) {
            var texts = new java.util.Properties();
            try (var reader = Files.newBufferedReader(Path.of("src/main/resources/messages/doc_" + lang + ".properties"))) {
                texts.load(reader);
            }
            for (PdfRefusal refusal : PdfRefusal.values()) {
                // the key Qute reads for the constant of DocumentMessages.pdf_refused(PdfRefusal)
                assertTrue(texts.getProperty("pdf_refused_$" + refusal.name(), "").length() > 40, refusal + " in " + lang);
            }
        }
    }

    private static byte[] shifted(byte[] pdf) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        int afterHeader = text.indexOf('\n') + 1;
        return (text.substring(0, afterHeader) + "%" + "x".repeat(40) + "\n" + text.substring(afterHeader))
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }
}
