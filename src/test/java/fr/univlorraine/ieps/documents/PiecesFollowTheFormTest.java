package fr.univlorraine.ieps.documents;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.application.ApplicationStatus;
import fr.univlorraine.ieps.application.EntryRoute;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A piece that depends on an answer of the form (the work-study employer's promise): required only when the answers
 * call for it, which the submission, the candidate's pages and the staff's views all follow; the submit error names
 * each missing piece with a link to it, and both pages count the required pieces given.
 */
@QuarkusTest
class PiecesFollowTheFormTest {

    private static final Pattern CSRF_INPUT = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    private static final String NBSP = "\u00a0";

    @BeforeEach
    void openCampaign() {
        Campaigns.openOne();
    }

    /** A work-study draft with every piece required before any answer about the employer (the promise is not). */
    private static Long workStudyDraft(String subject) throws Exception {
        Long id = CandidateDocumentResourceTest.draftOf(subject, EntryRoute.ALTERNANCE);
        DocumentService documents = io.quarkus.arc.Arc.container().instance(DocumentService.class).get();
        DocumentUploads uploads = io.quarkus.arc.Arc.container().instance(DocumentUploads.class).get();
        Path pdf = Files.write(Files.createTempFile("ws", ".pdf"), Fixtures.pdf(1));
        try {
            for (var line : QuarkusTransaction.requiringNew().call(() -> documents.checklist(Application.findById(id)))) {
                if (line.required()) {
                    uploads.upload(id, subject, line.type().code, pdf, line.type().code.toLowerCase() + ".pdf");
                }
            }
        } finally {
            Files.deleteIfExists(pdf);
        }
        return id;
    }

    /** Submits the dossier form as the browser sends it, with this answer about the employer. */
    private static io.restassured.response.ValidatableResponse submit(Long id, String employerStatus) {
        String page = given().get("/candidatures/" + id + "/dossier").asString();
        Matcher token = CSRF_INPUT.matcher(page);
        assertTrue(token.find(), page);
        long version = QuarkusTransaction.requiringNew().call(() -> Application.<Application>findById(id).version);
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("version", version);
        form.put("entryRoute", "ALTERNANCE");
        for (String[] kv : new String[][] {{"civility", "MME"}, {"firstName", "Ines"}, {"lastName", "Haddad"},
                {"birthDate", "2001-03-02"}, {"nationality", "française"}, {"email", "ines@example.fr"},
                {"phone", "0601020304"}, {"address", "1 rue des Clercs"}, {"postalCode", "57000"}, {"city", "Metz"},
                {"country", "France"}, {"degreeTitle", "Licence de sociologie"}, {"degreeInstitution", "Université de Lorraine"},
                {"degreeYear", "2025"}, {"professionalProject", "x".repeat(250)}, {"researchProject", "y".repeat(250)},
                {"themes", "ACCESS_TO_RIGHTS"}, {"declarationAccuracy", "on"}, {"declarationPrivacy", "on"},
                {"employerStatus", employerStatus}, {"employerName", "CCAS de Metz"}}) {
            form.put(kv[0], kv[1]);
        }
        return given().redirects().follow(false).formParam("csrf-token", token.group(1)).formParams(form)
                .formParam("action", "submit").post("/candidatures/" + id + "/dossier").then();
    }

    private static Application reload(Long id) {
        return QuarkusTransaction.requiringNew().call(() -> Application.findById(id));
    }

    @Test
    @TestSecurity(user = "ws-searching", roles = "candidate")
    void searchingForAnEmployerTheDossierIsSubmittedWithoutThePromise() throws Exception {
        Long id = workStudyDraft("ws-searching");
        // the pieces page does not ask for it, nor for a "not concerned" answer
        String pieces = given().get("/candidatures/" + id + "/pieces").then().statusCode(200)
                .body(containsString("pas demandée pour l’instant"), containsString("vous n’avez pas indiqué avoir trouvé votre employeur"),
                        not(containsString("/pieces/PROMESSE/non-concerne")),
                        containsString("6" + NBSP + "/" + NBSP + "6" + NBSP + "pièces"))
                .extract().asString();
        assertTrue(pieces.contains("id=\"piece-PROMESSE\""), "the promise is still listed, and can be given");
        fr.univlorraine.ieps.web.Screenshots.take("pieces-promise-not-yet-fr", pieces, 3400);
        fr.univlorraine.ieps.web.Screenshots.take("pieces-promise-not-yet-en",
                given().cookie("ieps-lang", "en").get("/candidatures/" + id + "/pieces").asString(), 3400);

        submit(id, "SEARCHING").statusCode(303);
        // then the summary's button
        fr.univlorraine.ieps.application.Submissions.confirmViaPage(id,
                fr.univlorraine.ieps.application.Submissions.summaryVersion(id)).statusCode(303);
        Application app = reload(id);
        assertEquals(ApplicationStatus.SUBMITTED, app.status);
        assertTrue(QuarkusTransaction.requiringNew().call(() -> ApplicationDocument.of(Application.findById(id))).stream()
                .noneMatch(d -> d.type.code.equals("PROMESSE")), "nothing given for the promise, not even \"not concerned\"");
    }

    @Test
    @TestSecurity(user = "ws-found", roles = "candidate")
    void anEmployerFoundMakesThePromiseRequiredAndTheRefusalLinksToIt() throws Exception {
        Long id = workStudyDraft("ws-found");
        String page = submit(id, "PROMISE").statusCode(400)
                .body(containsString("Des pièces obligatoires manquent")).extract().asString();
        assertEquals(ApplicationStatus.DRAFT, reload(id).status, "refused without the promise");
        fr.univlorraine.ieps.web.Screenshots.take("dossier-missing-piece-fr", page, 2400);
        String summary = page.substring(page.indexOf("class=\"error-summary\""));
        summary = summary.substring(0, summary.indexOf("</div>"));
        assertTrue(summary.contains("<a href=\"/candidatures/" + id + "/pieces#piece-PROMESSE\">Promesse d’embauche ou contrat d’alternance</a>"),
                "the error summary names the missing piece with a link to it: " + summary);
        assertTrue(page.contains("6" + NBSP + "/" + NBSP + "7" + NBSP + "pièces"), "the form counts the pieces with the answer sent");
        // the answer was kept as the draft: the pieces page now asks for the promise, and the anchor it links to exists
        given().get("/candidatures/" + id + "/pieces").then().statusCode(200)
                .body(containsString("id=\"piece-PROMESSE\""), containsString("/pieces/PROMESSE/non-concerne"),
                        containsString("6" + NBSP + "/" + NBSP + "7" + NBSP + "pièces"));
        // in English
        given().cookie("ieps-lang", "en").get("/candidatures/" + id + "/pieces").then()
                .body(containsString("6" + NBSP + "/" + NBSP + "7" + NBSP + "documents"));
        // the promise given, the same answers are accepted
        Path pdf = Files.write(Files.createTempFile("promise", ".pdf"), Fixtures.pdf(1));
        io.quarkus.arc.Arc.container().instance(DocumentUploads.class).get().upload(id, "ws-found", "PROMESSE", pdf, "promesse.pdf");
        Files.deleteIfExists(pdf);
        submit(id, "PROMISE").statusCode(303);
        // then the summary's button
        fr.univlorraine.ieps.application.Submissions.confirmViaPage(id,
                fr.univlorraine.ieps.application.Submissions.summaryVersion(id)).statusCode(303);
        assertEquals(ApplicationStatus.SUBMITTED, reload(id).status);
    }

    @Test
    @TestSecurity(user = "ws-signed", roles = "candidate")
    void theAnswerSentWithTheSubmissionDecidesNotTheStoredOne() throws Exception {
        Long id = workStudyDraft("ws-signed");
        QuarkusTransaction.requiringNew().run(() -> Application.<Application>findById(id).employerStatus =
                fr.univlorraine.ieps.application.EmployerStatus.SEARCHING);
        // stored "searching", sent "contract signed": the promise is asked for
        submit(id, "SIGNED").statusCode(400).body(containsString("pieces#piece-PROMESSE"));
        assertEquals(ApplicationStatus.DRAFT, reload(id).status);
    }

    @Test
    @TestSecurity(user = "scolarite-ws", roles = "secretariat")
    void staffSeeEmployerToBeFoundForThePromise() throws Exception {
        Long id = submittedSearching();
        String staff = given().get("/secretariat/dossiers/" + id).then().statusCode(200)
                .body(containsString("employeur à trouver"), containsString("Promesse d’embauche")).extract().asString();
        fr.univlorraine.ieps.web.Screenshots.take("secretariat-promise-not-yet-fr", staff, 2600);
        given().cookie("ieps-lang", "en").get("/secretariat/dossiers/" + id).then().statusCode(200)
                .body(containsString("employer to be found"));
        byte[] pdf = given().get("/dossiers/" + id + "/pdf").then().statusCode(200).extract().asByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            String cover = new PDFTextStripper().getText(document);
            assertTrue(cover.contains("employeur à trouver"), cover);
            assertTrue(cover.contains("Promesse d’embauche"), cover);
        }
    }

    /** A work-study dossier submitted while searching for an employer, through the service. */
    private static Long submittedSearching() throws Exception {
        String subject = fr.univlorraine.ieps.TestIds.unique("ws-staff");
        Long id = workStudyDraft(subject);
        var params = new jakarta.ws.rs.core.MultivaluedHashMap<String, String>();
        params.add("version", String.valueOf(reload(id).version));
        params.add("entryRoute", "ALTERNANCE");
        for (String[] kv : new String[][] {{"civility", "MME"}, {"firstName", "Inès"}, {"lastName", "Haddad"},
                {"birthDate", "2001-03-02"}, {"nationality", "française"}, {"email", subject + "@example.fr"},
                {"phone", "0601020304"}, {"address", "1 rue des Clercs"}, {"postalCode", "57000"}, {"city", "Metz"},
                {"country", "France"}, {"degreeTitle", "Licence de sociologie"}, {"degreeInstitution", "Université de Lorraine"},
                {"degreeYear", "2025"}, {"professionalProject", "x".repeat(250)}, {"researchProject", "y".repeat(250)},
                {"themes", "ACCESS_TO_RIGHTS"}, {"declarationAccuracy", "on"}, {"declarationPrivacy", "on"},
                {"employerStatus", "SEARCHING"}}) {
            params.add(kv[0], kv[1]);
        }
        var outcome = fr.univlorraine.ieps.application.Submissions.submit(id, new fr.univlorraine.ieps.kernel.ActorRef(subject,
                subject, fr.univlorraine.ieps.kernel.Actor.CANDIDATE), fr.univlorraine.ieps.application.ApplicationForms.bind(params));
        assertTrue(outcome.ok(), () -> outcome.errors().all().toString());
        return id;
    }

    @Test
    @TestSecurity(user = "ws-missing-list", roles = "candidate")
    void theMissingPiecesAreCountedAndEachLinksToItsAnchor() {
        Long id = CandidateDocumentResourceTest.draftOf("ws-missing-list", EntryRoute.INITIALE);
        String pieces = given().get("/candidatures/" + id + "/pieces").then().statusCode(200).extract().asString();
        var missing = QuarkusTransaction.requiringNew().call(() -> io.quarkus.arc.Arc.container().instance(DocumentService.class)
                .get().pieces(Application.findById(id), "fr"));
        assertEquals(0, missing.given());
        assertEquals(6, missing.required());
        assertEquals(List.of("Curriculum vitae", "Lettre de motivation", "Relevés de notes", "Diplôme ou attestation de réussite",
                "Projet de recherche", "Pièce d’identité"), missing.missing().stream().map(m -> m.name()).toList());
        for (var piece : missing.missing()) {
            String anchor = piece.href().substring(piece.href().indexOf('#') + 1);
            assertTrue(piece.href().startsWith("/candidatures/" + id + "/pieces#piece-"), piece.href());
            assertTrue(pieces.contains("id=\"" + anchor + "\""), "the pieces page has the anchor " + anchor);
        }
        assertTrue(pieces.contains("<strong class=\"nowrap\">0" + NBSP + "/" + NBSP + "6" + NBSP + "pièces</strong>"), pieces);
        assertFalse(pieces.contains("/pieces/CV/retirer"), "nothing to remove yet");
    }
}
