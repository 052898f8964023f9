package fr.univlorraine.ieps.documents;

import static fr.univlorraine.ieps.documents.ContentInspectorTest.jpeg;
import static fr.univlorraine.ieps.documents.ContentInspectorTest.pdf;
import static fr.univlorraine.ieps.documents.ContentInspectorTest.png;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.univlorraine.ieps.documents.DossierPdf.Cover;
import fr.univlorraine.ieps.documents.DossierPdf.Field;
import fr.univlorraine.ieps.documents.DossierPdf.Part;
import fr.univlorraine.ieps.documents.DossierPdf.Section;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DossierPdfTest {

    private static final String TITLE = "Dossier de candidature – Master 1 – 2027-2028";
    private static final String REFERENCE = "IEPS-2027-M1-0001";
    private static final String UNAVAILABLE =
            "Ce document n’a pas pu être ajouté au PDF du dossier. Ouvrez-le seul depuis la page du dossier.";

    @TempDir
    Path dir;

    @Test
    void dossierHasTheCoverThenEveryPartInOrder() throws Exception {
        List<Part> parts = List.of(
                new Part("Curriculum vitae", pdf(dir, "cv.pdf", 2, "CV"), FileKind.PDF),
                new Part("Relevés de notes", pdf(dir, "notes.pdf", 3, "Relevés"), FileKind.PDF),
                new Part("Projet de recherche", pdf(dir, "projet.pdf", 5, "Projet"), FileKind.PDF),
                new Part("Pièce d’identité", jpeg(dir, "id.jpg", 600, 400), FileKind.JPEG),
                new Part("Diplôme", png(dir, "diplome.png", 300, 420), FileKind.PNG));
        Path out = dir.resolve("dossier.pdf");

        int written = write(cover(longFrenchText(6_000)), parts, out);

        try (PDDocument dossier = Loader.loadPDF(out.toFile())) {
            int total = dossier.getNumberOfPages();
            int coverPages = total - (2 + 3 + 5 + 1 + 1);
            assertEquals(total, written);
            assertTrue(coverPages >= 2, "a 6,000-character answer flows onto a second cover page");

            String first = text(dossier, 1, 1);
            assertTrue(first.contains(TITLE), first);
            assertTrue(first.contains(REFERENCE), first);
            assertTrue(first.contains("Lefèvre"), first);
            assertTrue(first.contains("« Sciences de l’éducation » : œuvre, ça, à, è, ê…"), first);

            String cover = text(dossier, 1, coverPages);
            assertTrue(cover.contains("fin du projet."), "the long answer is printed to its end");
            assertTrue(cover.contains("Documents joints"));
            assertTrue(cover.contains("Relevés de notes " + (coverPages + 3)), "the table of contents gives start pages");

            // The page right after the cover is the CV's first page: the count of cover pages is exact.
            assertTrue(text(dossier, coverPages + 1, coverPages + 1).contains("CV – page 1"));
            assertTrue(text(dossier, coverPages + 3, coverPages + 3).contains("Relevés – page 1"));
            assertTrue(text(dossier, coverPages + 10, coverPages + 10).contains("Projet – page 5"));

            assertTrue(text(dossier, total, total).contains(REFERENCE + " – " + total + " / " + total));
            assertTrue(text(dossier, 2, 2).contains("2 / " + total));

            PDRectangle idPage = dossier.getPage(total - 2).getMediaBox();
            PDRectangle diplomaPage = dossier.getPage(total - 1).getMediaBox();
            assertTrue(idPage.getWidth() > idPage.getHeight(), "a wide image gets a landscape page");
            assertTrue(diplomaPage.getWidth() < diplomaPage.getHeight(), "a tall image gets a portrait page");
        }
    }

    @Test
    void unencodableCharactersBecomeQuestionMarks() throws Exception {
        Cover cover = new Cover(TITLE, REFERENCE, "Łucja Dvořák 😀", "Généré le 3 mars 2027",
                List.of(new Section("Identité", List.of(new Field("Nom", "Łucja 漢字 😀 Dvořák")))), "Documents joints",
                "Candidature", UNAVAILABLE);
        Path out = dir.resolve("dossier.pdf");

        assertDoesNotThrow(() -> write(cover, List.of(), out));

        try (PDDocument dossier = Loader.loadPDF(out.toFile())) {
            assertTrue(text(dossier, 1, 1).contains("?ucja ?? ? Dvorák"));
        }
        // Accents outside WinAnsi are dropped (ř → r), a ligature is spelled out, the rest becomes '?'.
        assertEquals("?ucja ?? ? Dvorák fi ? €", new DossierPdf.Fonts().printable("Łucja 漢字 😀 Dvořák \uFB01 → €"));
    }

    @Test
    void controlCharactersTabsAndNewlinesAreHandled() throws Exception {
        Cover cover = new Cover(TITLE, REFERENCE, "Chloé Lefèvre", "",
                List.of(new Section("Adresse", List.of(
                        new Field("Adresse", "12 rue de l’Église\r\n57000\tMetz\u0007\u200B\nFrance\u202F!")))),
                "Documents joints", "Candidature", UNAVAILABLE);
        Path out = dir.resolve("dossier.pdf");

        write(cover, List.of(), out);

        try (PDDocument dossier = Loader.loadPDF(out.toFile())) {
            List<String> lines = Arrays.asList(text(dossier, 1, 1).split("\\R"));
            assertTrue(lines.stream().anyMatch(l -> l.endsWith("12 rue de l’Église")), lines.toString());
            assertTrue(lines.contains("57000 Metz"), lines.toString());
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("France")), lines.toString());
        }
    }

    @Test
    void phonePhotoIsShownUpright() throws Exception {
        // Stored 600 x 400 with EXIF orientation 6: the camera was held upright, the photo is tall.
        Path photo = withExifOrientation(jpeg(dir, "photo.jpg", 600, 400), 6);
        Path out = dir.resolve("dossier.pdf");

        int pages = write(cover(""), List.of(new Part("Photo", photo, FileKind.JPEG)), out);

        try (PDDocument dossier = Loader.loadPDF(out.toFile())) {
            PDRectangle box = dossier.getPage(pages - 1).getMediaBox();
            assertTrue(box.getHeight() > box.getWidth(), "portrait page for an upright photo");
        }
    }

    @Test
    void footerIsAddedToRotatedAndShiftedPages() throws Exception {
        Path source = pdf(dir, "scan.pdf", 2, "Scan");
        try (PDDocument document = Loader.loadPDF(source.toFile())) {
            document.getPage(0).setRotation(90);
            document.getPage(1).setCropBox(new PDRectangle(100, 100, 300, 400));
            document.save(source.toFile());
        }
        Path out = dir.resolve("dossier.pdf");

        int pages = write(cover(""), List.of(new Part("Scan", source, FileKind.PDF)), out);

        try (PDDocument dossier = Loader.loadPDF(out.toFile())) {
            assertTrue(text(dossier, pages - 1, pages - 1).contains((pages - 1) + " / " + pages));
            assertTrue(text(dossier, pages, pages).contains(pages + " / " + pages));
        }
    }

    @Test
    void tenDocumentsOfFivePagesAreMerged() throws Exception {
        List<Part> parts = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            parts.add(new Part("Document " + i, pdf(dir, "doc" + i + ".pdf", 5, "Document " + i), FileKind.PDF));
        }
        Cover cover = cover(longFrenchText(1_500));

        // its time is measured by the benchmark (./mvnw -B -Pbench verify), not here
        int pages = write(cover, parts, dir.resolve("cold.pdf"));
        write(cover, parts, dir.resolve("warm.pdf"));

        try (PDDocument dossier = Loader.loadPDF(dir.resolve("warm.pdf").toFile())) {
            assertEquals(pages, dossier.getNumberOfPages());
            assertTrue(text(dossier, pages, pages).contains("Document 10 – page 5"));
        }
    }

    // ---- documents that cannot be merged (stored before uploads were checked)

    @Test
    void partThatCannotBeMergedBecomesAPageNamingItAndTheRestFollows() throws Exception {
        Path broken = Files.write(dir.resolve("broken.pdf"), "%PDF-1.7\nnot a PDF at all\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        List<Part> parts = List.of(
                new Part("Curriculum vitae", pdf(dir, "cv.pdf", 2, "CV"), FileKind.PDF),
                new Part("Relevés de notes", broken, FileKind.PDF),
                new Part("Formulaire de candidature", Files.write(dir.resolve("xfa.pdf"), HostilePdfs.xfa()), FileKind.PDF),
                new Part("Lettre de motivation", dir.resolve("gone.pdf"), FileKind.PDF),
                new Part("Pièce d’identité", Files.write(dir.resolve("id.jpg"), "not a picture".getBytes(StandardCharsets.US_ASCII)),
                        FileKind.JPEG),
                new Part("Diplôme", pdf(dir, "diplome.pdf", 1, "Diplôme"), FileKind.PDF));
        Path out = dir.resolve("dossier.pdf");

        int pages = write(cover(""), parts, out);

        try (PDDocument dossier = Loader.loadPDF(out.toFile())) {
            assertEquals(pages, dossier.getNumberOfPages());
            int cover = pages - (2 + 1 + 1 + 1 + 1 + 1);
            assertTrue(text(dossier, cover + 2, cover + 2).contains("CV – page 2"));
            for (int page = cover + 3; page <= cover + 6; page++) {
                String unavailable = text(dossier, page, page);
                assertTrue(unavailable.contains("n’a pas pu être ajouté au PDF du dossier"), unavailable);
                assertTrue(unavailable.contains(parts.get(page - cover - 2).title()), unavailable);
            }
            assertTrue(text(dossier, pages, pages).contains("Diplôme – page 1"));
            assertTrue(text(dossier, 1, cover).contains("Diplôme " + pages), "the table of contents counts the pages saying so");
            assertTrue(dossier.getDocumentCatalog().getAcroForm() == null
                    || !dossier.getDocumentCatalog().getAcroForm().getCOSObject().containsKey(COSName.XFA));
        }
    }

    @Test
    void pagesHalfMergedBeforeAFailureAreRemoved() throws Exception {
        // page 2 leads to a chain of 200,000 objects: copying it overflows the stack after page 1 was added
        Path chained = dir.resolve("chained.pdf");
        try (PDDocument document = new PDDocument()) {
            var font = new org.apache.pdfbox.pdmodel.font.PDType1Font(org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA);
            for (int n = 1; n <= 2; n++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (var content = new org.apache.pdfbox.pdmodel.PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 14);
                    content.newLineAtOffset(72, 760);
                    content.showText("Relevés – page " + n);
                    content.endText();
                }
            }
            // built from the page down, so that PDFBox's own bookkeeping of changes never recurses through it
            COSDictionary link = new COSDictionary();
            link.setDirect(false);
            document.getPage(1).getCOSObject().setItem(COSName.getPDFName("PieceInfo"), link);
            for (int i = 0; i < 200_000; i++) {
                COSDictionary next = new COSDictionary();
                next.setDirect(false);
                link.setItem(COSName.NEXT, next);
                link = next;
            }
            document.save(chained.toFile(), CompressParameters.NO_COMPRESSION);
        }
        List<Part> parts = List.of(new Part("Relevés de notes", chained, FileKind.PDF),
                new Part("Diplôme", pdf(dir, "diplome.pdf", 1, "Diplôme"), FileKind.PDF));
        Path out = dir.resolve("dossier.pdf");

        int pages = write(cover(""), parts, out);

        try (PDDocument dossier = Loader.loadPDF(out.toFile())) {
            String unavailable = text(dossier, pages - 1, pages - 1);
            assertTrue(unavailable.contains("Relevés de notes") && unavailable.contains("n’a pas pu être ajouté"), unavailable);
            assertTrue(text(dossier, pages, pages).contains("Diplôme – page 1"));
            assertTrue(!text(dossier, 1, pages).contains("Relevés – page 1"), "the page added before the failure is gone");
        }
    }

    @Test
    void scriptsAttachmentsAndActionsOfStoredDocumentsAreLeftOut() throws Exception {
        Path active = Files.write(dir.resolve("active.pdf"), HostilePdfs.with(document -> {
            document.getDocumentCatalog().setOpenAction(new org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript("app.alert(1)"));
            HostilePdfs.link(document, HostilePdfs.uri("smb://files.example.net/share"));
            HostilePdfs.link(document, HostilePdfs.uri("https://www.univ-lorraine.fr/"));
            HostilePdfs.link(document, new org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch());
            document.getPage(0).getCOSObject().setItem(COSName.AA, new COSDictionary());
        }));
        Path attached = Files.write(dir.resolve("attached.pdf"), HostilePdfs.embeddedExe());
        Path clip = Files.write(dir.resolve("clip.pdf"), HostilePdfs.attachmentAnnotation());
        Path out = dir.resolve("dossier.pdf");

        write(cover(""), List.of(new Part("CV", active, FileKind.PDF), new Part("Lettre", attached, FileKind.PDF),
                new Part("Relevés", clip, FileKind.PDF)), out);

        try (PDDocument dossier = Loader.loadPDF(out.toFile())) {
            COSDictionary catalog = dossier.getDocumentCatalog().getCOSObject();
            assertTrue(!catalog.containsKey(COSName.OPEN_ACTION) && !catalog.containsKey(COSName.AA));
            COSDictionary names = catalog.getCOSDictionary(COSName.NAMES);
            assertTrue(names == null || !names.containsKey(COSName.EMBEDDED_FILES) && !names.containsKey(COSName.JAVA_SCRIPT));
            List<String> uris = new ArrayList<>();
            for (PDPage page : dossier.getPages()) {
                assertTrue(!page.getCOSObject().containsKey(COSName.AA));
                for (var annotation : page.getAnnotations()) {
                    assertTrue(!"FileAttachment".equals(annotation.getSubtype()), "no paper clip");
                    if (annotation.getCOSObject().getDictionaryObject(COSName.A) instanceof COSDictionary action) {
                        assertEquals(COSName.URI, action.getCOSName(COSName.S), "only web links act");
                        uris.add(action.getString(COSName.URI));
                    }
                }
            }
            assertEquals(List.of("https://www.univ-lorraine.fr/"), uris);
            assertTrue(ContentInspector.inspect(out, java.util.EnumSet.of(FileKind.PDF)).pageCount() > 3,
                    "the dossier itself passes the upload check");
        }
    }

    // ---- helpers

    private static int write(Cover cover, List<Part> parts, Path out) throws IOException {
        try (OutputStream stream = Files.newOutputStream(out)) {
            return DossierPdf.write(cover, parts, stream);
        }
    }

    private static Cover cover(String project) {
        List<Field> identity = List.of(
                new Field("Nom", "Lefèvre"),
                new Field("Prénom", "Chloé"),
                new Field("Formation", "« Sciences de l’éducation » : œuvre, ça, à, è, ê…"),
                new Field("Courriel", "chloe.lefevre@example.org"));
        List<Field> research = List.of(
                new Field("Thème", "Didactique des langues"),
                new Field("Projet de recherche (résumé détaillé)", project));
        return new Cover(TITLE, REFERENCE, "Chloé Lefèvre", "Généré le 3 mars 2027 à 14 h 05",
                List.of(new Section("Identité", identity), new Section("Projet", research)), "Documents joints",
                "Candidature IEPS", UNAVAILABLE);
    }

    /** French prose of about the given length, ending with a marker to check nothing was lost. */
    private static String longFrenchText(int length) {
        String sentence = "L’élève apprend à coopérer : ça motive même les plus réticents, où qu’ils soient. ";
        StringBuilder text = new StringBuilder();
        int paragraph = 0;
        while (text.length() < length - 20) {
            text.append(sentence);
            if (++paragraph % 12 == 0) {
                text.append("\n\n");
            }
        }
        return text.append("fin du projet.").toString();
    }

    private static String text(PDDocument document, int firstPage, int lastPage) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(firstPage);
        stripper.setEndPage(lastPage);
        return stripper.getText(document);
    }

    /** Inserts an EXIF segment with the given orientation after the JFIF header ImageIO writes. */
    private static Path withExifOrientation(Path jpeg, int orientation) throws IOException {
        byte[] bytes = Files.readAllBytes(jpeg);
        int app0Length = ((bytes[4] & 0xFF) << 8) | (bytes[5] & 0xFF);
        int insertAt = 4 + app0Length;
        ByteBuffer exif = ByteBuffer.allocate(2 + 2 + 6 + 8 + 2 + 12 + 4);
        exif.putShort((short) 0xFFE1).putShort((short) (exif.capacity() - 2));
        exif.put("Exif\0\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        exif.put(new byte[] {'M', 'M', 0, 42}).putInt(8); // big-endian TIFF header, first IFD at 8
        exif.putShort((short) 1); // one entry
        exif.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        exif.putInt(0); // no next IFD
        byte[] result = new byte[bytes.length + exif.capacity()];
        System.arraycopy(bytes, 0, result, 0, insertAt);
        System.arraycopy(exif.array(), 0, result, insertAt, exif.capacity());
        System.arraycopy(bytes, insertAt, result, insertAt + exif.capacity(), bytes.length - insertAt);
        return Files.write(jpeg, result);
    }
}
