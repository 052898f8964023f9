package fr.univlorraine.ieps.documents;

import static fr.univlorraine.ieps.documents.ContentInspectorTest.jpeg;
import static fr.univlorraine.ieps.documents.ContentInspectorTest.pdf;
import static fr.univlorraine.ieps.documents.ContentInspectorTest.png;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.application.Degree;
import fr.univlorraine.ieps.application.EntryRoute;
import fr.univlorraine.ieps.application.Funding;
import fr.univlorraine.ieps.application.Experience;
import fr.univlorraine.ieps.application.ResearchTheme;
import fr.univlorraine.ieps.campaign.Campaign;
import fr.univlorraine.ieps.campaign.Level;
import fr.univlorraine.ieps.campaign.Track;
import fr.univlorraine.ieps.documents.DossierPdf.Part;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dossier as one PDF: the cover printed from its template, the candidate's documents merged behind it. */
@QuarkusTest
class DossierPdfTest {

    private static final String TITLE = "Dossier de candidature – Master 1 – 2027-2028";
    private static final String REFERENCE = "IEPS-2027-M1-0001";

    @Inject
    DossierPdfService service;

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

        int written = write(application(longFrenchText(6_000)), parts, out);
        PrintedPdfs.look(Files.readAllBytes(out), "dossier-cover-fr");

        try (PDDocument dossier = Loader.loadPDF(out.toFile())) {
            int total = dossier.getNumberOfPages();
            int coverPages = total - (2 + 3 + 5 + 1 + 1);
            assertEquals(total, written);
            assertTrue(coverPages >= 2, "a 6,000-character answer flows onto a second cover page");

            String first = text(dossier, 1, 1);
            assertTrue(first.contains(TITLE), first);
            assertTrue(first.contains(REFERENCE), first);
            assertTrue(first.contains("Mme Chloé LEFÈVRE"), "the civility, short, the first name, the last name in capitals: " + first);
            assertFalse(first.contains("Chloé, Lefèvre") || first.contains("Chloé, LEFÈVRE"), "no comma between the names: " + first);
            assertFalse(first.contains("2001-03-02"), "the birth date is written for a reader: " + first);
            assertTrue(first.contains("Date de naissance 02/03/2001"), "as French forms write it: " + first);
            assertFalse(first.contains("votre projet") || first.contains("Thèmes de votre"), "staff read the candidate's answers: " + first);
            assertTrue(first.contains("Pièces justificatives") && first.contains("Diplôme " + total),
                    "the table of contents is on the first page, whole: " + first);
            String lastCoverPage = text(dossier, coverPages, coverPages);
            assertTrue(lastCoverPage.contains("fin du projet.") && !lastCoverPage.contains("Pièces justificatives"),
                    "the cover's last page carries the end of the answers, not a table of contents left alone: " + lastCoverPage);
            for (int page = 1; page <= total; page++) {
                String[] lines = text(dossier, page, page).strip().split("\\R");
                assertEquals("Master IEPS – " + REFERENCE + " – " + page + " / " + total, lines[lines.length - 1].strip(),
                        "the footer of page " + page + ", with no empty part");
            }
            assertTrue(PrintedPdfs.containsInOrder(first, "« Sciences de l’éducation » : œuvre, ça, à, è, ê…"), first);
            assertTrue(first.contains("Formation initiale"), "the entry route in words: " + first);

            String cover = text(dossier, 1, coverPages);
            assertTrue(cover.contains("fin du projet."), "the long answer is printed to its end");
            assertTrue(cover.contains("Accès aux droits, Numérique et algorithmes"), "the themes in words: " + cover);
            assertTrue(cover.contains("Pièces justificatives"));
            assertTrue(cover.contains("Relevés de notes " + (coverPages + 3)), "the table of contents gives start pages: " + cover);
            assertTrue(cover.contains("Diplôme " + total), cover);

            // The page right after the cover is the CV's first page: the count of cover pages is exact.
            assertTrue(text(dossier, coverPages + 1, coverPages + 1).contains("CV – page 1"));
            assertTrue(text(dossier, coverPages + 3, coverPages + 3).contains("Relevés – page 1"));
            assertTrue(text(dossier, coverPages + 10, coverPages + 10).contains("Projet – page 5"));

            assertTrue(text(dossier, total, total).contains(REFERENCE + " – " + total + " / " + total));
            assertTrue(text(dossier, 2, 2).contains("2 / " + total));
            assertEquals(TITLE + " – " + REFERENCE, dossier.getDocumentInformation().getTitle());
            assertEquals("Chloé Lefèvre", dossier.getDocumentInformation().getAuthor());

            PDRectangle idPage = dossier.getPage(total - 2).getMediaBox();
            PDRectangle diplomaPage = dossier.getPage(total - 1).getMediaBox();
            assertTrue(idPage.getWidth() > idPage.getHeight(), "a wide image gets a landscape page");
            assertTrue(diplomaPage.getWidth() < diplomaPage.getHeight(), "a tall image gets a portrait page");

            // what the app draws itself: embedded fonts only, the footer in the same font as the cover
            PrintedPdfs.assertFontsEmbedded(dossier, 1, coverPages);
            for (int page = 1; page <= total; page++) {
                assertTrue(footerFont(dossier, page).isEmbedded(), "footer font of page " + page);
            }
            assertTrue(dossier.getDocumentCatalog().getMetadata() == null, "the dossier claims no PDF/A conformance");
        }
    }

    @Test
    void namesInEveryScriptArePrintedAsWritten() throws Exception {
        Application app = application("Étudier le non-recours aux droits avec Ελένη Ζαχαρίου et محمد العلي.");
        app.civility = "M";
        app.firstName = "Łucja";
        app.lastName = "Dvořák";
        app.nationality = "polonaise";
        app.address = "12 Nguyễn Thị Minh Khai";
        app.postalCode = "700000";
        app.city = "Hồ Chí Minh";
        app.country = "Việt Nam";
        Path out = dir.resolve("dossier.pdf");

        // images only: every page of this dossier is drawn by the app, none by a candidate's software
        assertDoesNotThrow(() -> write(app, List.of(new Part("Pièce d’identité – Ελένη", jpeg(dir, "id.jpg", 400, 600),
                FileKind.JPEG), new Part("Relevés", Files.write(dir.resolve("broken.pdf"), "%PDF-1.7 broken".getBytes(
                StandardCharsets.US_ASCII)), FileKind.PDF)), out, "en", false));

        byte[] pdf = Files.readAllBytes(out);
        try (PDDocument dossier = Loader.loadPDF(pdf)) {
            String cover = text(dossier, 1, 1);
            for (String name : List.of("Mr Łucja DVOŘÁK", "Dvořák", "Nguyễn Thị Minh Khai", "Ελένη", "محمد", "2 March 2001")) {
                assertTrue(cover.contains(name), name + " in " + cover);
            }
            assertFalse(cover.contains("?") || cover.contains("#"), "no letter replaced: " + cover);
            assertTrue(cover.contains("Mr Łucja DVOŘÁK") && cover.contains("Hồ Chí Minh") && cover.contains("Việt Nam"), cover);
            assertTrue(cover.contains("Application – Master 1 – 2027-2028") && cover.contains("Initial education"), cover);
            assertEquals("Łucja Dvořák", dossier.getDocumentInformation().getAuthor());
            assertEquals("Pièce d’identité – Ελένη", dossier.getDocumentCatalog().getDocumentOutline().getFirstChild()
                    .getNextSibling().getTitle(), "bookmarks keep every letter");
            PrintedPdfs.assertFontsEmbedded(dossier, 1, dossier.getNumberOfPages());
        }
        PrintedPdfs.look(pdf, "dossier-cover-en-unicode");
    }

    @Test
    void continuingEducationShowsHowTheTrainingIsFunded() throws Exception {
        Application app = application("Projet.");
        app.entryRoute = EntryRoute.CONTINUE;
        app.funding = Funding.OTHER;
        app.fundingOther = "Région Grand Est";
        Path out = dir.resolve("dossier.pdf");
        Path english = dir.resolve("dossier-en.pdf");

        write(app, List.of(new Part("CV", pdf(dir, "cv.pdf", 1, "CV"), FileKind.PDF)), out, "fr", true);
        write(app, List.of(new Part("CV", pdf(dir, "cv.pdf", 1, "CV"), FileKind.PDF)), english, "en", false);

        try (PDDocument dossier = Loader.loadPDF(out.toFile())) {
            String cover = text(dossier, 1, 1);
            assertTrue(PrintedPdfs.containsInOrder(cover, "Financement de la formation Autre financement – Région Grand Est"),
                    "the funding, also in blind reading: " + cover);
        }
        try (PDDocument dossier = Loader.loadPDF(english.toFile())) {
            String cover = text(dossier, 1, 1);
            assertTrue(PrintedPdfs.containsInOrder(cover, "Funding of the training Other funding – Région Grand Est"), cover);
        }
        app.entryRoute = EntryRoute.INITIALE;
        app.funding = null;
        app.fundingOther = null;
        write(app, List.of(new Part("CV", pdf(dir, "cv.pdf", 1, "CV"), FileKind.PDF)), out, "fr", false);
        try (PDDocument dossier = Loader.loadPDF(out.toFile())) {
            assertFalse(text(dossier, 1, 1).contains("Financement"), "no funding line on the other routes");
        }
    }

    @Test
    void blindReadingLeavesTheIdentityOut() throws Exception {
        Application app = application("Projet.");
        app.firstName = "Ελένη";
        app.lastName = "Dvořák";
        app.email = "eleni@example.org";
        Path out = dir.resolve("dossier.pdf");

        write(app, List.of(new Part("CV", pdf(dir, "cv.pdf", 1, "CV"), FileKind.PDF)), out, "fr", true);

        try (PDDocument dossier = Loader.loadPDF(out.toFile())) {
            String text = text(dossier, 1, dossier.getNumberOfPages());
            assertFalse(text.contains("Ελένη") || text.contains("Dvořák") || text.contains("eleni@example.org"), text);
            assertFalse(text.contains("Identité et coordonnées"), text);
            assertTrue(text.contains("Lecture anonyme"), text);
            assertTrue(text.contains(REFERENCE) && text.contains("Projet."), text);
            assertEquals("", dossier.getDocumentInformation().getAuthor());
        }
    }

    @Test
    void aPdfAPartDoesNotMakeTheDossierClaimPdfA() throws Exception {
        Path archived = Files.write(dir.resolve("attestation.pdf"), PdfPrinter.archival("""
                <!DOCTYPE html><html lang="fr"><head><title>Attestation de réussite</title>
                <style>html { font-family: "DejaVu Sans"; }</style></head>
                <body><p>Diplôme obtenu</p></body></html>"""));

        write(application(""), List.of(new Part("Diplôme", archived, FileKind.PDF)), dir.resolve("dossier.pdf"));

        try (PDDocument dossier = Loader.loadPDF(dir.resolve("dossier.pdf").toFile())) {
            assertTrue(dossier.getDocumentCatalog().getMetadata() == null, "no XMP metadata, so no PDF/A claim");
            assertEquals(TITLE + " – " + REFERENCE, dossier.getDocumentInformation().getTitle());
            assertTrue(text(dossier, dossier.getNumberOfPages(), dossier.getNumberOfPages()).contains("Diplôme obtenu"));
        }
    }

    @Test
    void controlCharactersTabsAndNewlinesAreHandled() throws Exception {
        Application app = application("");
        app.address = "12 rue de l’Église\r\n57000\tMetz\u0007\u200B\n\uFFFFFrance\u202F!";
        app.postalCode = null;
        app.city = null;
        app.country = null;
        Path out = dir.resolve("dossier.pdf");

        write(app, List.of(), out);

        try (PDDocument dossier = Loader.loadPDF(out.toFile())) {
            // the zero-width space stays, invisible, as the candidate typed it; the bell and U+FFFF cannot be in a PDF
            List<String> lines = Arrays.asList(text(dossier, 1, 1).replace("\u200B", "").split("\\R"));
            assertFalse(text(dossier, 1, 1).contains("\u0007") || text(dossier, 1, 1).contains("\uFFFF"));
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

        int pages = write(application(""), List.of(new Part("Photo", photo, FileKind.JPEG)), out);

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

        int pages = write(application(""), List.of(new Part("Scan", source, FileKind.PDF)), out);

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
        Application cover = application(longFrenchText(1_500));

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

        int pages = write(application(""), parts, out);

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

        int pages = write(application(""), parts, out);

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

        write(application(""), List.of(new Part("CV", active, FileKind.PDF), new Part("Lettre", attached, FileKind.PDF),
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

    private int write(Application app, List<Part> parts, Path out) throws IOException {
        return write(app, parts, out, "fr", false);
    }

    private int write(Application app, List<Part> parts, Path out, String lang, boolean blind) throws IOException {
        try (OutputStream stream = Files.newOutputStream(out)) {
            return service.write(app, parts, lang, blind, stream);
        }
    }

    /** A dossier as the form leaves it, not stored: the cover needs nothing from the database. */
    private static Application application(String researchProject) {
        Campaign campaign = new Campaign();
        campaign.code = "2027-2028";
        Track track = new Track();
        track.campaign = campaign;
        track.level = Level.M1;
        Application app = new Application();
        app.track = track;
        app.reference = REFERENCE;
        app.entryRoute = EntryRoute.INITIALE;
        app.civility = "MME";
        app.firstName = "Chloé";
        app.lastName = "Lefèvre";
        app.birthDate = LocalDate.of(2001, 3, 2);
        app.nationality = "française";
        app.email = "chloe.lefevre@example.org";
        app.phone = "06 01 02 03 04";
        app.address = "1 rue des Clercs";
        app.postalCode = "57000";
        app.city = "Metz";
        app.country = "France";
        Degree degree = new Degree();
        degree.title = "« Sciences de l’éducation » : œuvre, ça, à, è, ê…";
        degree.institution = "Université de Lorraine";
        degree.year = 2025;
        degree.grade = "Bien";
        app.degrees.add(degree);
        Experience job = new Experience();
        job.jobTitle = "Animatrice";
        job.organisation = "Centre social de Borny";
        job.startYear = 2022;
        job.endYear = 2024;
        job.description = "Accueil des familles\nAteliers de soutien scolaire";
        app.experiences.add(job);
        app.professionalProject = "Travailler en observatoire social.";
        app.researchProject = researchProject;
        app.themes.add(ResearchTheme.ACCESS_TO_RIGHTS);
        app.themes.add(ResearchTheme.DIGITAL_ALGORITHMS);
        return app;
    }

    /** The font the footer is drawn in: the last one the page's resources name, added by the dossier itself. */
    private static PDFont footerFont(PDDocument dossier, int page) throws IOException {
        PDFont last = null;
        for (COSName name : dossier.getPage(page - 1).getResources().getFontNames()) {
            PDFont font = dossier.getPage(page - 1).getResources().getFont(name);
            if (font instanceof PDType0Font && font.getName().contains("DejaVuSans")) {
                last = font;
            }
        }
        assertTrue(last != null, "the footer's DejaVu Sans on page " + page);
        return last;
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
        return PrintedPdfs.text(document, firstPage, lastPage);
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
