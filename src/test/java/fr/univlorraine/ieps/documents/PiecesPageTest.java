package fr.univlorraine.ieps.documents;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.application.EntryRoute;
import fr.univlorraine.ieps.campaign.Level;
import fr.univlorraine.ieps.campaign.MutableClock;
import fr.univlorraine.ieps.campaign.Track;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The candidate's pieces page around an upload: it comes back to the piece and names it, the browser gets the limit
 * and the texts to check a file before sending it, a piece can be taken back, and photos become one PDF.
 */
@QuarkusTest
class PiecesPageTest {

    private static final Pattern CSRF_INPUT = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    @Inject
    DocumentStorage storage;

    @Inject
    DocumentUploads uploads;

    private MutableClock clock;

    @BeforeEach
    void openCampaign() {
        clock = Campaigns.openOne();
    }

    private static String token(Long id) {
        Matcher token = CSRF_INPUT.matcher(given().get("/candidatures/" + id + "/pieces").asString());
        assertTrue(token.find());
        return token.group(1);
    }

    /** The multipart POST of the piece's upload form, as the browser sends it, without a file yet. */
    private static RequestSpecification uploadForm(Long id) {
        return given().redirects().follow(false)
                .multiPart(new MultiPartSpecBuilder(token(id)).controlName("csrf-token").emptyFileName().build());
    }

    private static List<ApplicationDocument> rows(Long id) {
        return QuarkusTransaction.requiringNew().call(() -> ApplicationDocument.of(Application.<Application>findById(id)));
    }

    private static ApplicationDocument row(Long id, String code) {
        return rows(id).stream().filter(d -> d.type.code.equals(code)).findFirst().orElse(null);
    }

    /** The card of a piece on the page: from its anchor to the next piece. */
    private static String card(String page, String code) {
        int start = page.indexOf("id=\"piece-" + code + "\"");
        assertTrue(start > 0, "no anchor for " + code);
        int end = page.indexOf("<li class=\"card piece", start);
        return page.substring(start, end < 0 ? page.length() : end);
    }

    private Long uploaded(Long id, String subject, String code) throws Exception {
        Path pdf = Files.write(Files.createTempFile("piece", ".pdf"), Fixtures.pdf(1));
        try {
            return uploads.upload(id, subject, code, pdf, code.toLowerCase() + ".pdf").id;
        } finally {
            Files.deleteIfExists(pdf);
        }
    }

    @Test
    @TestSecurity(user = "pp-anchor", roles = "candidate")
    void anUploadComesBackToItsPieceAndNamesIt() throws Exception {
        Long id = CandidateDocumentResourceTest.draftOf("pp-anchor", EntryRoute.INITIALE);
        String page = given().get("/candidatures/" + id + "/pieces").asString();
        assertTrue(page.contains("action=\"/candidatures/" + id + "/pieces/CV#piece-CV\""),
                "without JavaScript too, the browser lands on the piece after the POST, refused or not");
        String location = uploadForm(id).multiPart("file", "cv.pdf", Fixtures.pdf(1), "application/pdf")
                .post("/candidatures/" + id + "/pieces/CV").then().statusCode(303)
                .header("Location", endsWith("/candidatures/" + id + "/pieces?ok=uploaded&piece=CV#piece-CV"))
                .extract().header("Location");
        String after = given().get(location.substring(0, location.indexOf('#'))).then().statusCode(200).extract().asString();
        assertTrue(card(after, "CV").contains("La pièce « Curriculum vitae » a bien été reçue."), "the message is at the piece");
        assertTrue(card(after, "CV").contains("role=\"status\""));
        assertFalse(card(after, "LETTRE").contains("bien été reçue"));
        fr.univlorraine.ieps.web.Screenshots.take("pieces-uploaded-fr", after, 1800);
        given().cookie("ieps-lang", "en").get("/candidatures/" + id + "/pieces?ok=uploaded&piece=CV").then()
                .body(containsString("The document &quot;Curriculum vitae&quot; has been received."));
        // a code the dossier does not have is not echoed: the plain confirmation
        given().get("/candidatures/" + id + "/pieces?ok=uploaded&piece=%3Cscript%3E").then().statusCode(200)
                .body(containsString("La pièce est enregistrée."), not(containsString("<script>")));

        // a refusal is shown at its piece too
        String refused = uploadForm(id).multiPart("file", "lettre.pdf", Fixtures.html(), "application/pdf")
                .post("/candidatures/" + id + "/pieces/LETTRE").then().statusCode(400).extract().asString();
        String letter = card(refused, "LETTRE");
        assertTrue(letter.contains("class=\"error-summary\"") && letter.contains("href=\"#file-LETTRE\"")
                && letter.contains("Lettre de motivation"), letter);
        fr.univlorraine.ieps.web.Screenshots.take("pieces-refused-at-piece-fr", refused, 1800);
    }

    @Test
    @TestSecurity(user = "pp-browser", roles = "candidate")
    void theUploadFieldCarriesItsLimitAndTextsForTheBrowserCheck() {
        Long id = CandidateDocumentResourceTest.draftOf("pp-browser", EntryRoute.INITIALE);
        String cv = card(given().get("/candidatures/" + id + "/pieces").asString(), "CV");
        assertTrue(cv.contains("data-max-bytes=\"10485760\""), cv);
        assertTrue(cv.contains("data-too-large=\"Le fichier est trop volumineux."), cv);
        assertTrue(cv.contains("(taille maximale : 10\u00a0Mo)\""), cv);
        assertTrue(cv.contains("data-wrong-type=\"Ce format n’est pas accepté pour cette pièce."), cv);
        assertTrue(cv.contains("data-photos-only=\"Plusieurs fichiers envoyés ensemble doivent tous être des photos"), cv);
        assertTrue(cv.contains("data-types=\"application/pdf image/jpeg image/png\""), cv);
        assertTrue(cv.contains(" multiple"), "several photos may be chosen at once");
        assertTrue(cv.contains("id=\"file-CV-check\" role=\"alert\" hidden"), "the place of the browser's message, next to the field");
        String en = card(given().cookie("ieps-lang", "en").get("/candidatures/" + id + "/pieces").asString(), "CV");
        assertTrue(en.contains("data-too-large=\"The file is too large.") && en.contains("(maximum size: 10\u00a0MB)\""), en);
        assertTrue(en.contains("data-wrong-type=\"This format is not accepted for this document."), en);
    }

    @Test
    @TestSecurity(user = "pp-remove", roles = "candidate")
    void theCandidateRemovesAPieceTheFileGoesWithItsRowAndTheHistoryKeepsIt() throws Exception {
        Long id = CandidateDocumentResourceTest.draftOf("pp-remove", EntryRoute.INITIALE);
        Long letter = uploaded(id, "pp-remove", "LETTRE");
        String stored = row(id, "LETTRE").storedName;
        assertTrue(Files.exists(storage.pathOf(stored)));
        String page = given().get("/candidatures/" + id + "/pieces").asString();
        assertTrue(card(page, "LETTRE").contains("action=\"/candidatures/" + id + "/pieces/LETTRE/retirer#piece-LETTRE\""));
        assertTrue(card(page, "LETTRE").contains("aria-label=\"Retirer la pièce « Lettre de motivation »\""));

        // from a page older than the piece: nothing removed
        given().redirects().follow(false).formParam("csrf-token", token(id)).formParam("document", letter + 1000)
                .post("/candidatures/" + id + "/pieces/LETTRE/retirer").then().statusCode(409)
                .body(containsString("Cette pièce a changé depuis l’affichage de la page"));
        assertTrue(row(id, "LETTRE") != null);

        given().redirects().follow(false).formParam("csrf-token", token(id)).formParam("document", letter)
                .post("/candidatures/" + id + "/pieces/LETTRE/retirer").then().statusCode(303)
                .header("Location", endsWith("/pieces?ok=removed&piece=LETTRE#piece-LETTRE"));
        assertEquals(null, row(id, "LETTRE"), "the row is gone");
        assertFalse(Files.exists(storage.pathOf(stored)), "and its file");
        List<DocumentEvent> history = QuarkusTransaction.requiringNew().call(() -> DocumentEvent.of(Application.findById(id)));
        assertEquals(DocumentEvent.Action.REMOVED, history.get(0).action);
        assertEquals("lettre.pdf", history.get(0).fileName, "the history says which file was taken back");
        given().get("/candidatures/" + id + "/pieces?ok=removed&piece=LETTRE").then()
                .body(containsString("La pièce « Lettre de motivation » est retirée de votre dossier."));
    }

    @Test
    @TestSecurity(user = "pp-intruder", roles = "candidate")
    void anotherCandidatesPieceCannotBeRemoved() throws Exception {
        Long own = CandidateDocumentResourceTest.draftOf("pp-intruder", EntryRoute.INITIALE);
        Long victim = CandidateDocumentResourceTest.draftOf("pp-victim", EntryRoute.INITIALE);
        Long document = uploaded(victim, "pp-victim", "CV");
        given().redirects().follow(false).formParam("csrf-token", token(own)).formParam("document", document)
                .post("/candidatures/" + victim + "/pieces/CV/retirer").then().statusCode(404);
        assertTrue(row(victim, "CV") != null, "still there");
    }

    @Test
    @TestSecurity(user = "pp-late", roles = "candidate")
    void afterTheClosingOrOnceValidatedAPieceStays() throws Exception {
        Long id = CandidateDocumentResourceTest.draftOf("pp-late", EntryRoute.INITIALE);
        Long cv = uploaded(id, "pp-late", "CV");
        Long letter = uploaded(id, "pp-late", "LETTRE");
        QuarkusTransaction.requiringNew().run(() -> ApplicationDocument.<ApplicationDocument>findById(letter).status = DocumentStatus.VALIDATED);
        String token = token(id);
        assertFalse(card(given().get("/candidatures/" + id + "/pieces").asString(), "LETTRE").contains("/retirer"),
                "a checked piece offers no removal");
        given().redirects().follow(false).formParam("csrf-token", token).formParam("document", letter)
                .post("/candidatures/" + id + "/pieces/LETTRE/retirer").then().statusCode(409)
                .body(containsString("Le secrétariat a déjà vérifié cette pièce"));
        clock.set(QuarkusTransaction.requiringNew().call(() -> Track.<Track>find("level", Level.M1).firstResult().closesAt));
        String page = given().redirects().follow(false).formParam("csrf-token", token).formParam("document", cv)
                .post("/candidatures/" + id + "/pieces/CV/retirer").then().statusCode(409)
                .body(containsString("La date limite de dépôt est passée")).extract().asString();
        assertTrue(card(page, "CV").contains("La date limite de dépôt est passée"), "said at the piece");
        assertEquals(2, rows(id).size());
    }

    @Test
    @TestSecurity(user = "pp-photos", roles = "candidate")
    void severalPhotosBecomeOnePdfInTheOrderSent() throws Exception {
        Long id = CandidateDocumentResourceTest.draftOf("pp-photos", EntryRoute.INITIALE);
        uploadForm(id).multiPart("file", "recto.jpg", PhotoPdfTest.photo(640, 400, "jpg"), "image/jpeg")
                .multiPart("file", "verso.png", PhotoPdfTest.photo(300, 420, "png"), "image/png")
                .post("/candidatures/" + id + "/pieces/IDENTITE").then().statusCode(303);
        ApplicationDocument identity = row(id, "IDENTITE");
        assertEquals("application/pdf", identity.mediaType);
        assertEquals(2, identity.pageCount);
        assertEquals("recto.pdf", identity.originalName);
        try (PDDocument pdf = Loader.loadPDF(storage.pathOf(identity.storedName).toFile())) {
            assertEquals(2, pdf.getNumberOfPages());
            assertEquals(List.of(640, 300), PhotoPdfTest.imageWidths(pdf), "front, then back");
        }
        // transcripts, asked as a PDF, photographed page by page
        uploadForm(id).multiPart("file", "p1.jpg", PhotoPdfTest.photo(500, 700, "jpg"), "image/jpeg")
                .multiPart("file", "p2.jpg", PhotoPdfTest.photo(510, 700, "jpg"), "image/jpeg")
                .multiPart("file", "p3.jpg", PhotoPdfTest.photo(520, 700, "jpg"), "image/jpeg")
                .post("/candidatures/" + id + "/pieces/RELEVES").then().statusCode(303);
        try (PDDocument pdf = Loader.loadPDF(storage.pathOf(row(id, "RELEVES").storedName).toFile())) {
            assertEquals(List.of(500, 510, 520), PhotoPdfTest.imageWidths(pdf));
        }
        // one photo of a piece asked as a PDF is a one-page PDF
        uploadForm(id).multiPart("file", "cv.png", Fixtures.png(), "image/png")
                .post("/candidatures/" + id + "/pieces/CV").then().statusCode(303);
        assertEquals("application/pdf", row(id, "CV").mediaType);
        assertEquals(1, row(id, "CV").pageCount);
        // one photo of a piece that takes photos stays a photo
        uploadForm(id).multiPart("file", "diplome.jpg", Fixtures.jpeg(), "image/jpeg")
                .post("/candidatures/" + id + "/pieces/DIPLOME").then().statusCode(303);
        assertEquals("image/jpeg", row(id, "DIPLOME").mediaType);
    }

    @Test
    @TestSecurity(user = "pp-mixed", roles = "candidate")
    void aPdfSentWithPhotosOrABrokenPhotoIsRefusedAndNothingIsStored() throws Exception {
        Long id = CandidateDocumentResourceTest.draftOf("pp-mixed", EntryRoute.INITIALE);
        uploadForm(id).multiPart("file", "recto.jpg", Fixtures.jpeg(), "image/jpeg")
                .multiPart("file", "verso.pdf", Fixtures.pdf(1), "application/pdf")
                .post("/candidatures/" + id + "/pieces/IDENTITE").then().statusCode(400)
                .body(containsString("doivent tous être des photos (JPEG ou PNG)"), containsString("Un PDF s’envoie seul."));
        uploadForm(id).multiPart("file", "a.pdf", Fixtures.pdf(1), "application/pdf")
                .multiPart("file", "b.pdf", Fixtures.pdf(1), "application/pdf")
                .post("/candidatures/" + id + "/pieces/RELEVES").then().statusCode(400)
                .body(containsString("Un PDF s’envoie seul."));
        uploadForm(id).multiPart("file", "recto.jpg", Fixtures.jpeg(), "image/jpeg")
                .multiPart("file", "verso.jpg", Fixtures.truncated(Fixtures.jpeg()), "image/jpeg")
                .post("/candidatures/" + id + "/pieces/IDENTITE").then().statusCode(400)
                .body(containsString("Cette image est endommagée"));
        // no file chosen: the browser sends an empty part without a name
        uploadForm(id).multiPart(new MultiPartSpecBuilder(new byte[0]).controlName("file").emptyFileName()
                .mimeType("application/octet-stream").build())
                .post("/candidatures/" + id + "/pieces/CV").then().statusCode(400)
                .body(containsString("Choisissez un fichier avant d’envoyer."));
        assertTrue(rows(id).isEmpty());
    }
}
