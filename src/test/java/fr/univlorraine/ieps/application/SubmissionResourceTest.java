package fr.univlorraine.ieps.application;

import static fr.univlorraine.ieps.application.TestFixtures.*;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.univlorraine.ieps.FormPost;
import fr.univlorraine.ieps.campaign.Level;
import fr.univlorraine.ieps.campaign.MutableClock;
import fr.univlorraine.ieps.kernel.AppClock;
import fr.univlorraine.ieps.notification.MailOutbox;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The last step of a submission: the summary the candidate confirms, what refuses it (a change in another window,
 * the closing, a dossier no longer a draft), the submitted dossier read back, and the receipt mail.
 */
@QuarkusTest
class SubmissionResourceTest {

    @Inject
    MockMailbox mailbox;

    @Inject
    MailOutbox outbox;

    MutableClock clock;

    @BeforeEach
    void setUp() {
        clock = openCampaignClock();
        outbox.sendDue();
        mailbox.clear();
    }

    private Long draft(Level level) {
        return create(level);
    }

    private Long create(Level level) {
        Csrf csrf = csrf("/candidatures");
        String location = csrf.post().formParam("trackId", track(level).id).formParam("entryRoute", "INITIALE")
                .post("/candidatures").then().statusCode(303).extract().header("Location");
        return Long.valueOf(location.replaceAll(".*/candidatures/(\\d+)/dossier.*", "$1"));
    }

    /** The complete form, with an address of its own so that the mails of each test are told apart. */
    private static Map<String, Object> form(Long id, String email) {
        Map<String, Object> form = new HashMap<>(completeForm(reload(id).version));
        form.put("email", email);
        return form;
    }

    /** The dossier form's submit button: saved, and on to the summary. */
    private static void toSummary(Long id, Map<String, Object> form) {
        String dossier = "/candidatures/" + id + "/dossier";
        FormPost.from(dossier).formParams(form).formParam("action", "submit").post(dossier).then().statusCode(303)
                .header("Location", endsWith(Submissions.summary(id)));
    }

    @Test
    @TestSecurity(user = "two-windows-submitter", roles = "candidate")
    void aChangeInAnotherWindowSinceTheSummaryIsAConflictWithAClearMessageAndNothingIsSubmitted() {
        Long id = draft(Level.M1);
        attachRequiredDocuments(id, "two-windows-submitter");
        Map<String, Object> form = form(id, "two-windows@example.fr");
        toSummary(id, form);
        long shown = Submissions.summaryVersion(id);

        // meanwhile, another window saves the draft again
        form.put("version", shown);
        form.put("firstName", "Camille-Autre");
        String dossier = "/candidatures/" + id + "/dossier";
        FormPost.from(dossier).formParams(form).formParam("action", "save").post(dossier).then().statusCode(303);
        long now = reload(id).version;

        String page = Submissions.confirmViaPage(id, shown).statusCode(409)
                .body(containsString("Votre dossier a été modifié entre-temps"), containsString("rien n’a été déposé"),
                        // the summary is shown again as the dossier is now, ready to confirm from its version
                        containsString("Camille-Autre"), containsString("name=\"version\" value=\"" + now + "\""),
                        not(containsString("Code d’erreur")))
                .extract().asString();
        fr.univlorraine.ieps.web.Screenshots.take("candidate-summary-conflict", page, 1000);
        Application after = reload(id);
        assertEquals(ApplicationStatus.DRAFT, after.status);
        assertNull(after.reference);
        assertNull(after.submittedAt);
        assertEquals(1, eventCount(id), "no submission in the history");
        outbox.sendDue();
        assertTrue(mailbox.getMailsSentTo("two-windows@example.fr").isEmpty(), "no receipt");

        // a forged or missing version is the same conflict
        Submissions.confirmViaPage(id, -7).statusCode(409).body(containsString("modifié entre-temps"));
        FormPost.from(Submissions.summary(id)).post(Submissions.summary(id)).then().statusCode(409);
        assertEquals(ApplicationStatus.DRAFT, reload(id).status);

        Submissions.confirmViaPage(id, now).statusCode(303).header("Location", endsWith("/candidatures/" + id + "?ok=submitted"));
        assertEquals(ApplicationStatus.SUBMITTED, reload(id).status);
    }

    @Test
    @TestSecurity(user = "piece-swapper", roles = "candidate")
    void aPieceReplacedInAnotherWindowSinceTheSummaryIsAConflictToo() throws Exception {
        Long id = draft(Level.M1);
        attachRequiredDocuments(id, "piece-swapper");
        toSummary(id, form(id, "piece-swapper@example.fr"));
        String summary = given().get(Submissions.summary(id)).then().statusCode(200).extract().asString();
        long shown = Submissions.summaryVersion(id);
        java.util.regex.Matcher listed = java.util.regex.Pattern.compile("name=\"pieces\" value=\"([0-9a-f]{64})\"")
                .matcher(summary);
        assertTrue(listed.find(), "the summary's form carries the pieces it lists");

        // meanwhile, another window replaces the CV: the dossier's own version does not move
        java.nio.file.Path other = java.nio.file.Files.write(java.nio.file.Files.createTempFile("cv-other", ".pdf"),
                fr.univlorraine.ieps.documents.Fixtures.pdf(3));
        io.quarkus.arc.Arc.container().instance(fr.univlorraine.ieps.documents.DocumentUploads.class).get()
                .upload(id, "piece-swapper", "CV", other, "CV-autre.pdf");
        java.nio.file.Files.deleteIfExists(other);
        assertEquals(shown, reload(id).version);

        FormPost.from(Submissions.summary(id)).formParam("version", shown).formParam("pieces", listed.group(1))
                .post(Submissions.summary(id)).then().statusCode(409)
                .body(containsString("Votre dossier a été modifié entre-temps"), containsString("CV-autre.pdf"));
        assertEquals(ApplicationStatus.DRAFT, reload(id).status);
        assertEquals(1, eventCount(id));

        Submissions.confirmViaPage(id, shown).statusCode(303);
        assertEquals(ApplicationStatus.SUBMITTED, reload(id).status);
    }

    @Test
    @TestSecurity(user = "closing-submitter", roles = "candidate")
    void afterTheClosingTheSummarysButtonIsRefusedWithTheMessageOnAPage() {
        Long id = draft(Level.M1);
        attachRequiredDocuments(id, "closing-submitter");
        toSummary(id, form(id, "closing-submitter@example.fr"));
        long shown = Submissions.summaryVersion(id);

        clock.set(afterClosing(Level.M1));
        String page = Submissions.confirmViaPage(id, shown).statusCode(409)
                .body(containsString("<html lang=\"fr\">"), containsString("sont closes depuis le"),
                        containsString("écrivez au secrétariat du master"), containsString("href=\"/contact\""),
                        not(containsString("action=\"/candidatures/" + id + "/confirmation\"")),
                        containsString("Lefèvre"))
                .extract().asString();
        fr.univlorraine.ieps.web.Screenshots.take("candidate-summary-closed", page, 900);
        given().get(Submissions.summary(id)).then().statusCode(200).body(containsString("sont closes depuis le"),
                not(containsString("action=\"/candidatures/" + id + "/confirmation\"")));
        Application after = reload(id);
        assertEquals(ApplicationStatus.DRAFT, after.status);
        assertNull(after.reference);
        assertEquals(1, eventCount(id));
    }

    @Test
    @TestSecurity(user = "twice-submitter", roles = "candidate")
    void aDossierNoLongerADraftIsNotSubmittedAgainAndTheSummaryGoesToItsStatus() {
        Long id = draft(Level.M2);
        attachRequiredDocuments(id, "twice-submitter");
        toSummary(id, form(id, "twice-submitter@example.fr"));
        long shown = Submissions.summaryVersion(id);
        Submissions.confirmViaPage(id, shown).statusCode(303);
        Application submitted = reload(id);

        // the button pressed a second time (a double click, the back button)
        Submissions.confirmViaPage(id, submitted.version).statusCode(409)
                .body(containsString("Ce dossier ne peut plus être modifié."),
                        containsString("href=\"/candidatures/" + id + "\""),
                        not(containsString("action=\"/candidatures/" + id + "/confirmation\"")));
        assertEquals(submitted.reference, reload(id).reference);
        assertEquals(2, eventCount(id), "one submission only");
        given().redirects().follow(false).get(Submissions.summary(id)).then().statusCode(303)
                .header("Location", endsWith("/candidatures/" + id));
    }

    @Test
    @TestSecurity(user = "unfinished-submitter", roles = "candidate")
    void aSummaryOfADossierThatCannotBeSubmittedSaysWhatIsMissingAndHasNoButton() {
        Long id = draft(Level.M1);
        String page = given().get(Submissions.summary(id)).then().statusCode(200)
                .body(containsString("Votre dossier n’est pas encore complet"), containsString("Des pièces obligatoires manquent"),
                        containsString("<li>Curriculum vitae</li>"), containsString("href=\"/candidatures/" + id + "/pieces\""),
                        not(containsString("action=\"/candidatures/" + id + "/confirmation\"")))
                .extract().asString();
        fr.univlorraine.ieps.web.Screenshots.take("candidate-summary-unfinished", page, 1000);
        Submissions.confirmViaPage(id, reload(id).version).statusCode(409)
                .body(containsString("Votre dossier n’est pas encore complet"));
        assertEquals(ApplicationStatus.DRAFT, reload(id).status);
        assertEquals(1, eventCount(id));
    }

    @Test
    @TestSecurity(user = "nosy-submitter", roles = "candidate")
    void anotherCandidatesDossierIsNotFoundOnEveryRouteOfTheSubmission() {
        Application draft = applicationOf("sub-someone-else", Level.M1);
        Application submitted = applicationOf("sub-someone-submitted", Level.M2);
        CandidateResourceTest.submitThroughService(submitted.id, "sub-someone-submitted");
        long draftVersion = reload(draft.id).version;
        long submittedVersion = reload(submitted.id).version;
        for (Long other : List.of(draft.id, submitted.id)) {
            given().get(Submissions.summary(other)).then().statusCode(404);
            given().get("/candidatures/" + other + "/dossier-depose").then().statusCode(404);
            given().get("/candidatures/" + other + "/dossier.pdf").then().statusCode(404);
            FormPost.from("/candidatures").formParam("version", reload(other).version).post(Submissions.summary(other))
                    .then().statusCode(404).body(containsString("Page introuvable"));
        }
        assertEquals(ApplicationStatus.DRAFT, reload(draft.id).status);
        assertEquals(draftVersion, reload(draft.id).version);
        assertEquals(submittedVersion, reload(submitted.id).version);
    }

    @Test
    @TestSecurity(user = "reading-submitter", roles = "candidate")
    void theSubmittedDossierIsReadBackWithEveryAnswerAndPiece() {
        Long id = draft(Level.M1);
        // before any submission, there is nothing submitted to read: the form
        given().redirects().follow(false).get("/candidatures/" + id + "/dossier-depose").then().statusCode(303)
                .header("Location", endsWith("/candidatures/" + id + "/dossier"));
        given().get("/candidatures/" + id).then().statusCode(200).body(not(containsString("/dossier-depose")),
                not(containsString("/dossier.pdf")));

        attachRequiredDocuments(id, "reading-submitter");
        Submissions.viaPages(id, form(id, "reading-submitter@example.fr")).statusCode(303);
        Application app = reload(id);
        String status = given().get("/candidatures/" + id + "?ok=submitted").then().statusCode(200)
                .body(containsString("href=\"/candidatures/" + id + "/dossier-depose\""),
                        containsString("href=\"/candidatures/" + id + "/dossier.pdf\""),
                        containsString("href=\"/candidatures/" + id + "/recepisse.pdf\""))
                .extract().asString();
        fr.univlorraine.ieps.web.Screenshots.take("candidate-status-submitted", status, 1300);

        String submittedAt = DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH:mm", Locale.FRENCH)
                .format(app.submittedAt.atZone(AppClock.PARIS));
        String page = given().get("/candidatures/" + id + "/dossier-depose").then().statusCode(200)
                .body(containsString(app.reference), containsString("déposé le " + submittedAt),
                        containsString("Camille"), containsString("Lefèvre"), containsString("17 avril 2002"),
                        containsString("12 rue Serpenoise"), containsString("Licence de sociologie"),
                        containsString("Université de Lorraine"), containsString("CCAS de Metz"),
                        containsString("Accueil des publics"), containsString("chargée de mission"),
                        containsString("non-recours aux droits sociaux"), containsString("<strong>Curriculum vitae</strong>"),
                        containsString("CV.pdf"), containsString("2 pages"),
                        // read only: no field, no button that changes it
                        not(containsString("<input")), not(containsString("<textarea")), not(containsString("<form")))
                .extract().asString();
        fr.univlorraine.ieps.web.Screenshots.take("candidate-submitted-dossier", page, 2600);
        given().cookie("ieps-lang", "en").get("/candidatures/" + id + "/dossier-depose").then().statusCode(200)
                .body(containsString("My submitted application for M1"), containsString("Your answers"),
                        containsString("Your supporting documents"));
    }

    @Test
    @TestSecurity(user = "mail-fr-submitter", roles = "candidate")
    void theReceiptMailNamesTheCandidateListsThePiecesAndGivesTheNextDatesInFrench() {
        Long id = draft(Level.M1);
        attachRequiredDocuments(id, "mail-fr-submitter");
        Submissions.viaPages(id, form(id, "mail-fr@example.fr")).statusCode(303);
        Application app = reload(id);

        outbox.sendDue();
        List<Mail> mails = mailbox.getMailsSentTo("mail-fr@example.fr");
        assertEquals(1, mails.size());
        String text = mails.get(0).getText();
        String submittedAt = DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH:mm", Locale.FRENCH)
                .format(app.submittedAt.atZone(AppClock.PARIS));
        String decisions = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH)
                .format(track(Level.M1).decisionsPublishedAt.atZone(AppClock.PARIS));
        for (String expected : List.of("Bonjour Camille Lefèvre,", app.reference, "déposée le " + submittedAt,
                "Pièces reçues :", "- Curriculum vitae : CV.pdf", "- Lettre de motivation : LETTRE.pdf",
                "publiées dans votre espace à partir du " + decisions,
                "vous aurez " + track(Level.M1).offerResponseDays + " jours pour l’accepter ou la refuser",
                "/candidatures/" + id + "/recepisse.pdf")) {
            assertTrue(text.contains(expected), () -> "missing «" + expected + "» in:\n" + text);
        }
        assertTrue(mails.get(0).getSubject().startsWith("Accusé de réception"), mails.get(0).getSubject());
    }

    @Test
    @TestSecurity(user = "mail-en-submitter", roles = "candidate")
    void theReceiptMailIsInTheLanguageTheCandidateSubmittedIn() {
        // the dossier was started in French; the candidate submits in English
        Long id = draft(Level.M1);
        attachRequiredDocuments(id, "mail-en-submitter");
        toSummary(id, form(id, "mail-en@example.fr"));
        long shown = Submissions.summaryVersion(id);
        given().cookie("ieps-lang", "en").get(Submissions.summary(id)).then().statusCode(200)
                .body(containsString("Submit for good"), containsString("Check, then submit your application for M1"));
        FormPost.from(Submissions.summary(id)).cookie("ieps-lang", "en").formParam("version", shown)
                .post(Submissions.summary(id)).then().statusCode(303);
        Application app = reload(id);
        assertEquals("en", app.lang, "the mails follow the language of the submission");

        outbox.sendDue();
        List<Mail> mails = mailbox.getMailsSentTo("mail-en@example.fr");
        assertEquals(1, mails.size());
        String text = mails.get(0).getText();
        String submittedAt = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH)
                .format(app.submittedAt.atZone(AppClock.PARIS));
        String decisions = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)
                .format(track(Level.M1).decisionsPublishedAt.atZone(AppClock.PARIS));
        for (String expected : List.of("Hello Camille Lefèvre,", app.reference, "submitted on " + submittedAt,
                "Documents received:", "- Curriculum vitae: CV.pdf", "- Cover letter: LETTRE.pdf",
                "published in your space from " + decisions,
                "you will have " + track(Level.M1).offerResponseDays + " days to accept or decline it",
                "/candidatures/" + id + "/recepisse.pdf")) {
            assertTrue(text.contains(expected), () -> "missing «" + expected + "» in:\n" + text);
        }
        assertTrue(mails.get(0).getSubject().startsWith("Receipt of your application"), mails.get(0).getSubject());
    }
}
