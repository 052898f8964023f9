package fr.univlorraine.ieps.documents;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.univlorraine.ieps.TestIds;
import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.application.EntryRoute;
import fr.univlorraine.ieps.application.Submissions;
import fr.univlorraine.ieps.kernel.Actor;
import fr.univlorraine.ieps.kernel.ActorRef;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The candidate's own dossier as one PDF: theirs only, once submitted. */
@QuarkusTest
class CandidateDossierPdfResourceTest {

    @BeforeEach
    void openCampaign() {
        Campaigns.openOne();
    }

    private static Long submitted(String subject) throws Exception {
        ReadyDossiers.Ready ready = ReadyDossiers.prepare(subject, List.of("Mon CV.pdf"));
        var outcome = Submissions.submit(ready.id(), new ActorRef(subject, subject, Actor.CANDIDATE), ready.form());
        assertTrue(outcome.ok(), () -> outcome.errors().all().toString());
        return ready.id();
    }

    @Test
    @TestSecurity(user = "own-pdf-candidate", roles = "candidate")
    void theCandidateDownloadsTheirSubmittedDossierAsOnePdf() throws Exception {
        Long id = submitted("own-pdf-candidate");
        String reference = QuarkusTransaction.requiringNew().call(() -> Application.<Application>findById(id).reference);
        int pieces = QuarkusTransaction.requiringNew().call(() ->
                (int) ApplicationDocument.of(Application.findById(id)).stream().filter(ApplicationDocument::hasFile).count());

        var response = given().get("/candidatures/" + id + "/dossier.pdf");
        response.then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", containsString("dossier-" + reference + ".pdf"))
                .header("Cache-Control", containsString("no-store"));
        byte[] pdf = response.asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // the cover, then every piece of two pages
            assertTrue(document.getNumberOfPages() >= 1 + 2 * pieces, "pages: " + document.getNumberOfPages());
        }
        String text = PrintedPdfs.flatText(pdf);
        for (String expected : List.of(reference, "Łucja", "Dvořák", "Licence de sociologie", "Curriculum vitae")) {
            assertTrue(text.contains(expected), () -> "missing «" + expected + "» in: " + text);
        }
    }

    @Test
    @TestSecurity(user = "early-pdf-candidate", roles = "candidate")
    void noDossierPdfBeforeTheDossierIsSubmitted() {
        Long id = CandidateDocumentResourceTest.draftOf("early-pdf-candidate", EntryRoute.INITIALE);
        given().get("/candidatures/" + id + "/dossier.pdf").then().statusCode(409).contentType("text/html")
                .body(containsString("Votre candidature n’a pas encore été déposée"),
                        containsString("href=\"/candidatures/" + id + "\""));
    }

    @Test
    @TestSecurity(user = "pdf-intruder", roles = "candidate")
    void anotherCandidatesDossierPdfIsNotFound() throws Exception {
        Long theirs = submitted(TestIds.unique("pdf-victim-"));
        given().get("/candidatures/" + theirs + "/dossier.pdf").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "pdf-staff", roles = {"head", "secretariat"})
    void theCandidatesDossierPdfIsNotTheStaffsRoute() throws Exception {
        Long id = submitted(TestIds.unique("pdf-cand-"));
        given().get("/candidatures/" + id + "/dossier.pdf").then().statusCode(403);
    }
}
