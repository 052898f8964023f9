package fr.univlorraine.ieps.documents;

import fr.univlorraine.ieps.TestIds;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.univlorraine.ieps.application.Actor;
import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.application.ApplicationForm;
import fr.univlorraine.ieps.application.ApplicationService;
import fr.univlorraine.ieps.application.ApplicationService.ActorRef;
import fr.univlorraine.ieps.application.ApplicationStatus;
import fr.univlorraine.ieps.application.EntryRoute;
import fr.univlorraine.ieps.audit.AuditEvent;
import fr.univlorraine.ieps.campaign.AppClock;
import fr.univlorraine.ieps.campaign.Campaign;
import fr.univlorraine.ieps.campaign.DemoData;
import fr.univlorraine.ieps.campaign.Level;
import fr.univlorraine.ieps.campaign.MutableClock;
import fr.univlorraine.ieps.campaign.Track;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedHashMap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The secretariat checks a dossier: validates or refuses each document, sends it back, gets it complete. */
@QuarkusTest
class SecretariatResourceTest {

    private static final Pattern CSRF_INPUT = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    @Inject
    DocumentService documents;

    @Inject
    ApplicationService applications;

    @Inject
    CompletenessService completeness;

    @Inject
    MockMailbox mailbox;

    MutableClock clock;

    @BeforeEach
    void openCampaign() {
        clock = Campaigns.openOne();
        mailbox.clear();
    }

    /** A dossier submitted by its candidate with every required document. */
    Long submitted(String subject) throws Exception {
        Long id = CandidateDocumentResourceTest.draftOf(subject, EntryRoute.INITIALE);
        Path pdf = Files.write(Files.createTempFile("sec", ".pdf"), Fixtures.pdf(2));
        for (var line : QuarkusTransaction.requiringNew().call(() -> documents.checklist(Application.findById(id)))) {
            if (line.required()) {
                documents.upload(id, subject, line.type().code, pdf, line.type().code.toLowerCase() + ".pdf");
            }
        }
        resubmit(id, subject);
        return id;
    }

    void resubmit(Long id, String subject) {
        var params = new MultivaluedHashMap<String, String>();
        Application app = QuarkusTransaction.requiringNew().call(() -> Application.findById(id));
        params.add("version", String.valueOf(app.version));
        params.add("entryRoute", "INITIALE");
        for (String[] kv : new String[][] {{"civility", "MME"}, {"firstName", "Inès"}, {"lastName", "Haddad"},
                {"birthDate", "2001-03-02"}, {"nationality", "française"}, {"email", subject + "@example.fr"},
                {"phone", "0601020304"}, {"address", "1 rue des Clercs"}, {"postalCode", "57000"}, {"city", "Metz"},
                {"country", "France"}, {"degreeTitle", "Licence de sociologie"}, {"degreeInstitution", "Université de Lorraine"},
                {"degreeYear", "2025"}, {"professionalProject", "x".repeat(250)}, {"researchProject", "y".repeat(250)},
                {"themes", "ACCESS_TO_RIGHTS"}, {"declarationAccuracy", "on"}, {"declarationPrivacy", "on"}}) {
            params.add(kv[0], kv[1]);
        }
        var outcome = applications.submit(id, new ActorRef(subject, subject, Actor.CANDIDATE), ApplicationForm.read(params));
        assertTrue(outcome.ok(), () -> outcome.errors().all().toString());
    }

    private RequestSpecification post(String page) {
        var response = given().get(page);
        String cookie = response.getCookie("ieps-csrf");
        Matcher token = CSRF_INPUT.matcher(response.asString());
        assertTrue(token.find(), "no form on " + page);
        return given().redirects().follow(false).cookie("ieps-csrf", cookie).formParam("csrf-token", token.group(1));
    }

    private static Application reload(Long id) {
        return QuarkusTransaction.requiringNew().call(() -> Application.findById(id));
    }

    private static List<ApplicationDocument> docs(Long id) {
        return QuarkusTransaction.requiringNew().call(() -> ApplicationDocument.of(Application.<Application>findById(id)));
    }

    @Test
    @TestSecurity(user = "scolarite", roles = "secretariat")
    void incompleteThenResubmittedThenComplete() throws Exception {
        Long id = submitted("loop-candidate");
        String page = "/secretariat/dossiers/" + id;
        given().get("/secretariat").then().statusCode(200).body(containsString(reload(id).reference), containsString("Haddad"));
        given().get(page).then().statusCode(200).body(containsString("Valider la pièce"), containsString("Refuser la pièce"));

        ApplicationDocument cv = docs(id).stream().filter(d -> d.type.code.equals("CV")).findFirst().orElseThrow();
        // marking complete needs every piece checked; a refusal needs a reason
        post(page).post(page + "/complet").then().statusCode(409).body(containsString("doit être vérifiée"));
        post(page).formParam("decision", "refuser").formParam("reason", " ").post(page + "/pieces/" + cv.id).then().statusCode(400)
                .body(containsString("Indiquez le motif"));
        post(page).formParam("decision", "refuser").formParam("reason", "CV illisible : scan flou")
                .post(page + "/pieces/" + cv.id).then().statusCode(303);
        post(page).formParam("message", "Merci de renvoyer un CV lisible.").post(page + "/incomplet").then().statusCode(303);

        Application sentBack = reload(id);
        assertEquals(ApplicationStatus.INCOMPLETE, sentBack.status);
        assertNotNull(sentBack.completionDeadline);
        assertTrue(mailbox.getMailsSentTo("loop-candidate@example.fr").stream()
                .anyMatch(m -> m.getSubject().contains("à compléter")), "the candidate is told by mail");

        // the candidate sees the refused piece and its reason, replaces it and resubmits
        Path better = Files.write(Files.createTempFile("cv2", ".pdf"), Fixtures.pdf(1));
        documents.upload(id, "loop-candidate", "CV", better, "cv-lisible.pdf");
        resubmit(id, "loop-candidate");
        assertEquals(ApplicationStatus.SUBMITTED, reload(id).status);

        for (ApplicationDocument d : docs(id)) {
            if (d.status != DocumentStatus.VALIDATED) {
                post(page).formParam("decision", "valider").post(page + "/pieces/" + d.id).then().statusCode(303);
            }
        }
        post(page).post(page + "/complet").then().statusCode(303);
        assertEquals(ApplicationStatus.COMPLETE, reload(id).status);
        given().get(page).then().statusCode(200).body(containsString("Merci de renvoyer un CV lisible."))
                .body(containsString("Historique des pièces"), containsString("CV illisible : scan flou"), containsString("cv-lisible.pdf"))
                .body(not(containsString("Valider la pièce")));
    }

    @Test
    @TestSecurity(user = "scolarite", roles = "secretariat")
    void resubmissionAfterTheCompletionDeadlineIsRefused() throws Exception {
        Long id = submitted("late-completer");
        ApplicationDocument cv = docs(id).get(0);
        ActorRef staff = new ActorRef("scolarite", "Scolarité", Actor.SECRETARIAT);
        completeness.refuse(id, cv.id, staff, "Illisible");
        completeness.markIncomplete(id, staff, null);
        clock.set(reload(id).completionDeadline.plusSeconds(1));
        var error = org.junit.jupiter.api.Assertions.assertThrows(ApplicationService.RuleViolation.class,
                () -> resubmit(id, "late-completer"));
        assertEquals("err_completion_closed", error.messageKey);
        assertEquals(ApplicationStatus.INCOMPLETE, reload(id).status);
    }

    @Test
    @TestSecurity(user = "scolarite", roles = "secretariat")
    void everyStaffViewOfADocumentIsAudited() throws Exception {
        Long id = submitted("audited-candidate");
        ApplicationDocument cv = docs(id).get(0);
        long before = QuarkusTransaction.requiringNew().call(() -> AuditEvent.count("applicationId", id));
        given().get("/dossiers/" + id + "/pieces/" + cv.id).then().statusCode(200).contentType("application/pdf");
        given().get("/dossiers/" + id + "/pieces/" + cv.id + "?telecharger=1").then().statusCode(200)
                .header("Content-Disposition", containsString("attachment"));
        List<AuditEvent> events = QuarkusTransaction.requiringNew().call(() -> AuditEvent.ofApplication(id));
        assertEquals(before + 2, events.size());
        assertEquals("DOWNLOAD_DOCUMENT", events.get(0).action);
        assertEquals("VIEW_DOCUMENT", events.get(1).action);
        assertEquals("scolarite", events.get(0).actorSubject);
        assertEquals(cv.id, events.get(0).documentId);
    }

    @Test
    @TestSecurity(user = "responsable", roles = "head")
    void dossierReadsAsOnePdfWithEveryDocument() throws Exception {
        Long id = submitted(TestIds.unique("pdf-candidate-"));
        int documentPages = docs(id).stream().mapToInt(d -> d.pageCount).sum();
        byte[] body = given().get("/dossiers/" + id + "/pdf").then().statusCode(200).contentType("application/pdf")
                .extract().asByteArray();
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(body)) {
            assertEquals(1 + documentPages, pdf.getNumberOfPages(), "one cover page, then the 6 documents of 2 pages");
        }
        assertEquals("DOWNLOAD_DOSSIER_PDF", QuarkusTransaction.requiringNew()
                .call(() -> AuditEvent.ofApplication(id)).get(0).action);
    }

    @Test
    @TestSecurity(user = "scolarite", roles = "secretariat")
    void selectedDossiersDownloadAsAZipOfPdfs() throws Exception {
        Long first = submitted(TestIds.unique("zip-one-"));
        Long second = submitted(TestIds.unique("zip-two-"));
        byte[] zip = post("/secretariat").formParam("ids", first).formParam("ids", second).formParam("ids", "not-a-number")
                .post("/secretariat/zip").then().statusCode(200).contentType("application/zip").extract().asByteArray();
        List<String> names = new java.util.ArrayList<>();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
                try (var pdf = org.apache.pdfbox.Loader.loadPDF(in.readAllBytes())) {
                    assertTrue(pdf.getNumberOfPages() > 1, entry.getName());
                }
            }
        }
        assertEquals(List.of("dossier-" + reload(first).reference + ".pdf", "dossier-" + reload(second).reference + ".pdf"), names);
    }

    @Test
    @TestSecurity(user = "a-candidate", roles = "candidate")
    void candidatesCannotUseTheSecretariatPages() throws Exception {
        Long id = submitted(TestIds.unique("sec-other-"));
        given().get("/secretariat").then().statusCode(403);
        given().get("/secretariat/dossiers/" + id).then().statusCode(403);
        given().get("/dossiers/" + id + "/pieces/" + docs(id).get(0).id).then().statusCode(403).body(not(containsString("%PDF")));
    }

    @Test
    @TestSecurity(user = "relecteur", roles = "reviewer")
    void reviewersDoNotReadDossiersTheyAreNotAssigned() throws Exception {
        Long id = submitted(TestIds.unique("not-assigned-"));
        given().get("/secretariat/dossiers/" + id).then().statusCode(403);
        given().get("/dossiers/" + id + "/pieces/" + docs(id).get(0).id).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "scolarite", roles = "secretariat")
    void draftsAreNotTheSecretariatsBusiness() {
        Long id = CandidateDocumentResourceTest.draftOf("still-drafting", EntryRoute.INITIALE);
        given().get("/secretariat/dossiers/" + id).then().statusCode(404);
    }
}
