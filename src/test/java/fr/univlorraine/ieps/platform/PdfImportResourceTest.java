package fr.univlorraine.ieps.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.univlorraine.ieps.FormPost;
import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.application.ApplicationStatus;
import fr.univlorraine.ieps.documents.CompletenessService;
import fr.univlorraine.ieps.documents.DocumentError;
import fr.univlorraine.ieps.documents.DocumentService;
import fr.univlorraine.ieps.kernel.Actor;
import fr.univlorraine.ieps.kernel.ActorRef;
import fr.univlorraine.ieps.kernel.RuleViolation;
import jakarta.inject.Inject;
import fr.univlorraine.ieps.audit.AuditEvent;
import fr.univlorraine.ieps.campaign.Campaign;
import fr.univlorraine.ieps.campaign.Level;
import fr.univlorraine.ieps.campaign.Track;
import fr.univlorraine.ieps.decision.DecisionFixtures;
import fr.univlorraine.ieps.documents.ApplicationDocument;
import fr.univlorraine.ieps.documents.DocumentType;
import fr.univlorraine.ieps.documents.Fixtures;
import fr.univlorraine.ieps.web.Screenshots;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.response.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The ZIP of the platform's PDF files: matched by number, checked like any upload, refused files listed and not stored. */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PdfImportResourceTest {

    private Campaign campaign;
    private Track track;
    private Track localTrack;

    @BeforeAll
    void platformTrack() {
        DecisionFixtures.clock();
        campaign = DecisionFixtures.campaign(19, 10);
        track = DecisionFixtures.track(campaign, Level.M1);
        localTrack = DecisionFixtures.track(campaign, Level.M2);
        PlatformFixtures.onPlatform(track);
    }

    @AfterAll
    void retire() {
        DecisionFixtures.retire(campaign);
    }

    @Test
    @TestSecurity(user = "head-pdf", roles = "head")
    void eachPdfGoesToTheDossierWhoseNumberItsNameCarriesAndAnUnknownNumberIsListedNotStored() throws Exception {
        List<PlatformFixtures.Imported> dossiers = PlatformFixtures.submitted(track, 2);
        String unknown = "5" + dossiers.get(0).number().substring(1, 9) + "7";
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("MonMaster_2027_" + dossiers.get(0).number() + "_DUPONT.pdf", Fixtures.pdf(2));
        files.put(dossiers.get(1).number() + ".pdf", Fixtures.pdf(1));
        files.put("candidat-" + unknown + ".pdf", Fixtures.pdf(1));
        long auditsBefore = audits();

        String result = follow(upload(zip(files)));

        assertTrue(piece(dossiers.get(0).id()).isPresent(), "the first dossier has its PDF");
        assertTrue(piece(dossiers.get(1).id()).isPresent(), "the second dossier has its PDF");
        assertEquals(2, storedOfThisTest(dossiers));
        assertTrue(result.contains("candidat-" + unknown + ".pdf"), result);
        assertTrue(result.contains("Aucun dossier importé de cette formation ne porte ce numéro de candidat"), result);
        assertTrue(result.contains("2 ajouté(s)") && result.contains("1 refusé(s)"), result);
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> ApplicationDocument.count(
                "originalName like ?1", "%" + unknown + "%")), "the unknown number's file is stored nowhere");
        assertEquals(auditsBefore + 1, audits(), "one audit event per ZIP");
        String detail = QuarkusTransaction.requiringNew().call(() -> AuditEvent.<AuditEvent>find(
                "action = ?1 order by id desc", PdfImportService.AUDIT_ACTION).firstResult().detail);
        assertTrue(detail.contains("2 stored") && detail.contains("1 refused"), detail);
    }

    @Inject
    DocumentService documents;

    @Inject
    CompletenessService completeness;

    @Test
    @TestSecurity(user = "sec-pdf", roles = "secretariat")
    void theSecretariatChecksAnImportedDossierOnThePlatformsPdfAloneAndMarksItComplete() throws Exception {
        PlatformFixtures.Imported dossier = PlatformFixtures.submitted(track, 1).get(0);
        ActorRef secretary = new ActorRef("sec-pdf", "Secrétariat", Actor.SECRETARIAT);
        List<String> before = QuarkusTransaction.requiringNew().call(() -> documents.checklist(Application.findById(dossier.id()))
                .stream().map(l -> l.type().code + (l.required() ? " required" : "") + (l.missing() ? " missing" : "")).toList());
        assertEquals(List.of(DocumentType.PLATFORM_DOSSIER + " required missing"), before,
                "the platform's PDF is the one piece of an imported dossier, not the checklist of the candidates applying here");
        RuleViolation early = org.junit.jupiter.api.Assertions.assertThrows(RuleViolation.class,
                () -> completeness.markComplete(dossier.id(), secretary));
        assertEquals(DocumentError.COMPLETE_NEEDS_VALIDATION, early.error);

        follow(upload(zip(Map.of("MonMaster_" + dossier.number() + ".pdf", Fixtures.pdf(1)))));
        ApplicationDocument piece = piece(dossier.id()).orElseThrow();
        completeness.validate(dossier.id(), piece.id, secretary);
        completeness.markComplete(dossier.id(), secretary);

        assertEquals(ApplicationStatus.COMPLETE, QuarkusTransaction.requiringNew().call(
                () -> Application.<Application>findById(dossier.id()).status));
    }

    @Test
    @TestSecurity(user = "sec-pdf", roles = "secretariat")
    void aHostilePdfIsRefusedWithItsReasonWhileTheOthersAreStored() throws Exception {
        List<PlatformFixtures.Imported> dossiers = PlatformFixtures.submitted(track, 2);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(dossiers.get(0).number() + "-hostile.pdf", Fixtures.pdfWithJavaScript());
        files.put(dossiers.get(1).number() + ".pdf", Fixtures.pdf(1));

        String result = follow(upload(zip(files)));

        assertFalse(piece(dossiers.get(0).id()).isPresent(), "the hostile PDF is not stored");
        assertTrue(piece(dossiers.get(1).id()).isPresent(), "the sound PDF is stored");
        assertTrue(result.contains(dossiers.get(0).number() + "-hostile.pdf"), result);
        assertTrue(result.contains("JavaScript"), "the content check's own reason is shown: " + result);
    }

    @Test
    @TestSecurity(user = "head-pdf", roles = "head")
    void aZipBombANestedPathAndTheSameNumberTwiceAreRefusedAndNothingOfThemIsStored() throws Exception {
        List<PlatformFixtures.Imported> dossiers = PlatformFixtures.submitted(track, 3);
        Map<String, byte[]> files = new LinkedHashMap<>();
        // 40 MB of zeros shrink to a few dozen kilobytes: far beyond what a PDF ever grows
        files.put(dossiers.get(0).number() + ".pdf", new byte[40 * 1024 * 1024]);
        files.put("dossiers/" + dossiers.get(1).number() + ".pdf", Fixtures.pdf(1));
        files.put("../" + dossiers.get(1).number() + "-bis.pdf", Fixtures.pdf(1));
        files.put(dossiers.get(2).number() + "-a.pdf", Fixtures.pdf(1));
        files.put(dossiers.get(2).number() + "-b.pdf", Fixtures.pdf(2));

        String result = follow(upload(zip(files)));
        Screenshots.take("platform-pdf-result", result, 1300);
        Screenshots.takePhone("platform-pdf-result-phone", result, 2400);

        assertFalse(piece(dossiers.get(0).id()).isPresent());
        assertFalse(piece(dossiers.get(1).id()).isPresent());
        assertTrue(result.contains("bombe ZIP"), result);
        assertTrue(result.contains("dossiers/" + dossiers.get(1).number() + ".pdf"), result);
        assertTrue(result.contains("placez les fichiers à la racine de l’archive"), result);
        assertTrue(result.contains("un seul fichier par candidat"), result);
        assertEquals(1, ApplicationDocumentCount.of(dossiers.get(2).id()), "the first file of the number is kept, once");
    }

    @Test
    @TestSecurity(user = "head-pdf", roles = "head")
    void theSameFileAgainChangesNothingAndADifferentOneReplacesItNeverTwoPieces() throws Exception {
        PlatformFixtures.Imported dossier = PlatformFixtures.submitted(track, 1).get(0);
        byte[] first = Fixtures.pdf(1);
        follow(upload(zip(Map.of(dossier.number() + ".pdf", first))));
        ApplicationDocument stored = piece(dossier.id()).orElseThrow();

        String again = follow(upload(zip(Map.of(dossier.number() + ".pdf", first))));
        assertTrue(again.contains("1 déjà enregistré(s), inchangé(s)"), again);
        assertEquals(stored.storedName, piece(dossier.id()).orElseThrow().storedName);

        String replaced = follow(upload(zip(Map.of("nouveau-" + dossier.number() + ".pdf", Fixtures.pdf(3)))));
        assertTrue(replaced.contains("1 remplacé(s)"), replaced);
        ApplicationDocument now = piece(dossier.id()).orElseThrow();
        assertNotEquals(stored.storedName, now.storedName);
        assertEquals(3, now.pageCount);
        assertEquals(1, ApplicationDocumentCount.of(dossier.id()));
    }

    @Test
    @TestSecurity(user = "head-pdf", roles = "head")
    void aFileThatIsNoZipIsRefusedOnTheUploadPageAndNothingIsWritten() throws Exception {
        long imports = QuarkusTransaction.requiringNew().call(() -> PdfImport.count());
        Response response = upload(Fixtures.pdf(1));
        assertEquals(400, response.statusCode());
        assertTrue(response.asString().contains("Ce fichier n’est pas une archive ZIP lisible."), response.asString());
        assertTrue(response.asString().contains("href=\"#zip\""), "the error summary links to the field");
        Screenshots.take("platform-pdf-upload-error", response.asString(), 1300);
        Screenshots.takePhone("platform-pdf-upload-error-phone", response.asString(), 1800);
        assertEquals(imports, (long) QuarkusTransaction.requiringNew().call(() -> PdfImport.count()));
    }

    @Test
    @TestSecurity(user = "head-pdf", roles = "head")
    void theUploadPageSaysTheRuleInBothLanguages() {
        given().get("/plateforme/" + track.id + "/pdf").then().statusCode(200)
                .body(containsString("la plus longue suite de chiffres du nom"));
        given().cookie("ieps-lang", "en").get("/plateforme/" + track.id + "/pdf").then().statusCode(200)
                .body(containsString("the longest run of digits in the name"));
    }

    @Test
    @TestSecurity(user = "head-pdf", roles = "head")
    void aTrackWithoutPlatformRoutesHasNoSuchPage() {
        given().get("/plateforme/" + localTrack.id + "/pdf").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "head-pdf", roles = "head")
    void anotherTracksImportIsNotFound() throws Exception {
        PlatformFixtures.Imported dossier = PlatformFixtures.submitted(track, 1).get(0);
        String location = upload(zip(Map.of(dossier.number() + ".pdf", Fixtures.pdf(1)))).header("Location");
        String importId = location.substring(location.lastIndexOf('/') + 1);
        given().get("/plateforme/" + localTrack.id + "/pdf/" + importId).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "cand-pdf", roles = "candidate")
    void candidatesCannotOpenIt() {
        given().redirects().follow(false).get("/plateforme/" + track.id + "/pdf").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "rev-pdf", roles = "reviewer")
    void reviewersCannotOpenIt() {
        given().redirects().follow(false).get("/plateforme/" + track.id + "/pdf").then().statusCode(403);
    }

    /** Posts the ZIP as the upload page's form does, with its CSRF token. */
    private Response upload(byte[] zip) {
        String page = "/plateforme/" + track.id + "/pdf";
        return given().redirects().follow(false)
                .multiPart(new MultiPartSpecBuilder(FormPost.token(page)).controlName("csrf-token").emptyFileName().build())
                .multiPart("zip", "monmaster.zip", zip, "application/zip")
                .post(page);
    }

    /** The result page the upload redirects to. */
    private static String follow(Response posted) {
        assertEquals(303, posted.statusCode(), posted.asString());
        return given().get(posted.header("Location")).then().statusCode(200).extract().asString();
    }

    static byte[] zip(Map<String, byte[]> files) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            for (var file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static Optional<ApplicationDocument> piece(Long applicationId) {
        return QuarkusTransaction.requiringNew().call(() -> ApplicationDocument.of(Application.findById(applicationId),
                DocumentType.byCode(PdfImportService.PIECE)));
    }

    private static long storedOfThisTest(List<PlatformFixtures.Imported> dossiers) {
        return dossiers.stream().filter(d -> piece(d.id()).isPresent()).count();
    }

    private static long audits() {
        return QuarkusTransaction.requiringNew().call(() -> AuditEvent.count("action", PdfImportService.AUDIT_ACTION));
    }

    private static final class ApplicationDocumentCount {
        static long of(Long applicationId) {
            return QuarkusTransaction.requiringNew().call(() -> ApplicationDocument.count("application.id", applicationId));
        }
    }
}
