package fr.univlorraine.ieps.documents;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.univlorraine.ieps.TestIds;
import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.application.ApplicationForms;
import fr.univlorraine.ieps.application.ApplicationService;
import fr.univlorraine.ieps.application.EntryRoute;
import fr.univlorraine.ieps.kernel.Actor;
import fr.univlorraine.ieps.kernel.ActorRef;
import fr.univlorraine.ieps.kernel.AppClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedHashMap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The candidate's acknowledgement of receipt of their submitted dossier: theirs only, once submitted. */
@QuarkusTest
class ReceiptResourceTest {

    /** File names as candidates give them, in their own scripts. */
    private static final List<String> FILE_NAMES = List.of("CV محمد.pdf", "Relevés Ελένη.pdf",
            "Diplôme Nguyễn Thị Minh Khai.pdf");

    @Inject
    DocumentService documents;

    @Inject
    DocumentUploads uploads;

    @Inject
    ApplicationService applications;

    @Inject
    DocumentStorage storage;

    @BeforeEach
    void openCampaign() {
        Campaigns.openOne();
    }

    @Test
    @TestSecurity(user = "receipt-owner", roles = "candidate")
    void candidateDownloadsTheReceiptOfTheirSubmittedDossierInTheirLanguage() throws Exception {
        Long id = submitted("receipt-owner");
        Application app = QuarkusTransaction.requiringNew().call(() -> {
            Application found = Application.findById(id);
            found.track.campaign.code.length();
            return found;
        });
        List<ApplicationDocument> given = QuarkusTransaction.requiringNew().call(() -> ApplicationDocument.of(Application.findById(id)));

        var response = given().cookie("ieps-lang", "fr").get("/candidatures/" + id + "/recepisse.pdf");
        response.then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", "inline; filename=\"accuse-reception-" + app.reference + ".pdf\"")
                .header("Cache-Control", containsString("no-store"));
        byte[] french = response.asByteArray();

        String fr = PrintedPdfs.flatText(french);
        String submittedAt = DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH:mm", Locale.FRENCH)
                .format(app.submittedAt.atZone(AppClock.PARIS));
        for (String expected : List.of("Accusé de réception de candidature", "Université de Lorraine", app.reference,
                "Łucja Dvořák", "Master 1 – " + app.track.campaign.code, "Formation initiale",
                "Dossier déposé le " + submittedAt + " (heure de Paris)", "Pièces reçues", "Page 1 / 1",
                "Le secrétariat du master IEPS")) {
            assertTrue(fr.contains(expected), () -> "missing «" + expected + "» in: " + fr);
        }
        assertTrue(given.size() > FILE_NAMES.size(), "the fixture gives every required document: " + given.size());
        for (ApplicationDocument document : given) {
            assertTrue(fr.contains(document.type.label("fr")), document.type.label("fr"));
            assertTrue(fr.contains(document.originalName), document.originalName);
        }
        PrintedPdfs.assertNamesAsWritten(french);
        PrintedPdfs.assertPdfA2b(french, "Accusé de réception de candidature – " + app.reference);
        PrintedPdfs.look(french, "receipt-fr");

        byte[] english = given().cookie("ieps-lang", "en").get("/candidatures/" + id + "/recepisse.pdf").then()
                .statusCode(200).extract().asByteArray();
        String en = PrintedPdfs.flatText(english);
        String submittedEn = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH)
                .format(app.submittedAt.atZone(AppClock.PARIS));
        assertTrue(en.contains("Acknowledgement of receipt of an application") && en.contains("Initial education")
                && en.contains("Submitted on " + submittedEn + " (Paris time)") && en.contains("Documents received"), en);
        PrintedPdfs.assertPdfA2b(english, "Acknowledgement of receipt of an application – " + app.reference);
        PrintedPdfs.look(english, "receipt-en");

        // the status page offers it once submitted
        given().get("/candidatures/" + id).then().statusCode(200)
                .body(containsString("href=\"/candidatures/" + id + "/recepisse.pdf\""));
    }

    @Test
    @TestSecurity(user = "receipt-hash", roles = "candidate")
    void theReceiptListsEveryPieceWithTheSha256OfTheFileStored() throws Exception {
        Long id = submitted("receipt-hash");
        String reference = QuarkusTransaction.requiringNew().call(() -> Application.<Application>findById(id).reference);
        List<ApplicationDocument> files = QuarkusTransaction.requiringNew()
                .call(() -> ApplicationDocument.of(Application.findById(id))).stream().filter(ApplicationDocument::hasFile).toList();
        assertTrue(files.size() >= 5, "every required piece is a file: " + files.size());

        String text = PrintedPdfs.flatText(given().get("/candidatures/" + id + "/recepisse.pdf").then().statusCode(200)
                .extract().asByteArray());
        assertTrue(text.contains(reference), text);
        assertTrue(text.contains("L’empreinte SHA-256 de chaque fichier"), text);
        for (ApplicationDocument file : files) {
            String stored = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(Files.readAllBytes(storage.pathOf(file.storedName))));
            assertEquals(stored, file.sha256, "the hash kept is the stored file's");
            assertTrue(text.contains(file.type.label("fr")), file.type.label("fr"));
            assertTrue(text.contains(file.originalName), file.originalName);
            assertTrue(text.contains("SHA-256 " + stored), () -> "no SHA-256 " + stored + " for " + file.originalName + " in: " + text);
        }
    }

    @Test
    @TestSecurity(user = "receipt-draft", roles = "candidate")
    void noReceiptBeforeTheDossierIsSubmitted() {
        Long id = CandidateDocumentResourceTest.draftOf("receipt-draft", EntryRoute.INITIALE);

        String page = given().get("/candidatures/" + id + "/recepisse.pdf").then().statusCode(409)
                .contentType("text/html").extract().asString();

        assertTrue(page.contains("Votre candidature n’a pas encore été déposée"), page);
        assertTrue(page.contains("href=\"/candidatures/" + id + "\""), page);
        given().get("/candidatures/" + id).then().statusCode(200).body(not(containsString("recepisse.pdf")));
    }

    @Test
    @TestSecurity(user = "receipt-intruder", roles = "candidate")
    void someoneElsesReceiptIsNotFound() throws Exception {
        Long theirs = submitted(TestIds.unique("receipt-victim-"));
        given().get("/candidatures/" + theirs + "/recepisse.pdf").then().statusCode(404);
        given().get("/candidatures/" + Long.MAX_VALUE + "/recepisse.pdf").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "receipt-staff", roles = {"head", "secretariat"})
    void theReceiptIsTheCandidatesDownload() throws Exception {
        Long id = submitted(TestIds.unique("receipt-cand-"));
        given().get("/candidatures/" + id + "/recepisse.pdf").then().statusCode(403);
    }

    /** A dossier submitted by its candidate with every required document, some named in other scripts. */
    private Long submitted(String subject) throws Exception {
        ReadyDossiers.Ready ready = ReadyDossiers.prepare(subject, FILE_NAMES);
        var outcome = fr.univlorraine.ieps.application.Submissions.submit(ready.id(), new ActorRef(subject, subject, Actor.CANDIDATE), ready.form());
        assertTrue(outcome.ok(), () -> outcome.errors().all().toString());
        return ready.id();
    }
}
