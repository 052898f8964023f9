package fr.univlorraine.ieps.messaging;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.univlorraine.ieps.FormPost;
import fr.univlorraine.ieps.application.ApplicationStatus;
import fr.univlorraine.ieps.audit.AuditEvent;
import fr.univlorraine.ieps.audit.AuditLog;
import fr.univlorraine.ieps.notification.MailOutbox;
import fr.univlorraine.ieps.notification.OutboxMail;
import fr.univlorraine.ieps.web.Screenshots;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The staff read a dossier's thread (an audited view) and write to its candidate, who is told by mail. */
@QuarkusTest
class DossierMessageResourceTest {

    @Inject
    MockMailbox mailbox;

    @Inject
    MailOutbox outbox;

    @BeforeEach
    void setUp() {
        MessagingFixtures.clock();
    }

    private static List<AuditEvent> audit(Long applicationId, String action) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEvent.<AuditEvent>list(
                "applicationId = ?1 and action = ?2 order by id", applicationId, action));
    }

    /**
     * The dossier's page shows the candidate's new messages as new, and they count as read by the staff once it has
     * gone out (after its opening is journalled); opened again, nothing is new.
     */
    @Test
    @TestSecurity(user = "msg-secretariat", roles = "secretariat")
    void theDossierPageShowsTheCandidatesNewMessagesThenTheyAreRead() {
        Long id = MessagingFixtures.dossier(MessagingFixtures.unique("msg-view"), ApplicationStatus.UNDER_REVIEW);
        MessagingFixtures.fromCandidate(id, "Ma lettre de recommandation arrive par courrier.");
        assertNull(MessagingFixtures.thread(id).get(0).staffReadAt, "unread before the page");

        String first = given().get("/dossiers/" + id).then().statusCode(200).extract().asString();
        assertTrue(first.contains("Ma lettre de recommandation arrive par courrier."), first);
        assertTrue(first.contains("<span class=\"flag warn\">Nouveau</span>"), first);
        assertEquals(1, audit(id, AuditLog.VIEW_DOSSIER).size(), "the opening is journalled");
        assertNotNull(MessagingFixtures.thread(id).get(0).staffReadAt, "read by the staff once shown");

        String again = given().get("/dossiers/" + id).then().statusCode(200).extract().asString();
        assertTrue(again.contains("Ma lettre de recommandation arrive par courrier."), again);
        assertFalse(again.contains("<span class=\"flag warn\">Nouveau</span>"), again);
    }

    @Test
    @TestSecurity(user = "msg-secretariat", roles = "secretariat")
    void theSecretariatWritesToACandidateWhoIsToldByMailInTheirLanguageWithoutTheText() {
        String subject = MessagingFixtures.unique("msg-staff-en");
        Long id = MessagingFixtures.dossier(subject, ApplicationStatus.UNDER_REVIEW, "en");
        String reference = MessagingFixtures.application(id).reference;
        MessagingFixtures.fromCandidate(id, "Bonjour, mon employeur a-t-il bien envoyé son attestation ?");

        String page = given().get("/dossiers/" + id + "/messages").then().statusCode(200).extract().asString();
        assertTrue(page.contains("mon employeur a-t-il bien envoyé son attestation ?"), page);
        assertTrue(page.contains("<span class=\"flag warn\">Nouveau</span>"), page);
        assertTrue(page.contains("Ouvrir le dossier") && page.contains("href=\"/dossiers/" + id + "\""), page);
        assertEquals(1, audit(id, AuditLog.VIEW_DOSSIER).size(), "reading the thread is a staff view of the dossier");
        assertNotNull(MessagingFixtures.thread(id).get(0).staffReadAt, "read by the staff now");

        String text = "Oui, nous l'avons reçue le 3 mars : votre dossier est complet.";
        String location = FormPost.from("/dossiers/" + id + "/messages").formParam("body", text)
                .post("/dossiers/" + id + "/messages").then().statusCode(303).extract().header("Location");
        List<DossierMessage> thread = MessagingFixtures.thread(id);
        assertEquals(2, thread.size());
        DossierMessage sent = thread.get(1);
        assertTrue(location.endsWith("/dossiers/" + id + "/messages?ok=sent#message-" + sent.id), location);
        assertEquals(DossierMessage.Side.STAFF, sent.authorSide);
        assertEquals("msg-secretariat", sent.authorSubject);
        assertEquals(text, sent.body);
        assertNull(sent.candidateReadAt, "unread by the candidate");

        List<AuditEvent> recorded = audit(id, AuditLog.MESSAGE_SENT);
        assertEquals(1, recorded.size());
        assertEquals("message " + sent.id, recorded.get(0).detail, "the audit names the message, never its text");

        List<OutboxMail> mails = MessagingFixtures.mails(id);
        assertEquals(1, mails.size(), "one mail, written with the message");
        assertEquals("en", mails.get(0).lang);
        outbox.sendDue();
        var delivered = mailbox.getMailsSentTo(subject + "@example.fr");
        assertEquals(1, delivered.size());
        assertEquals("A message is waiting for you: application " + reference, delivered.get(0).getSubject());
        String body = delivered.get(0).getText();
        assertTrue(body.contains("/candidatures/" + id + "/messages"), body);
        assertFalse(body.contains("reçue") || body.contains("complet") || body.contains("3 mars"), body);

        String after = given().get("/dossiers/" + id + "/messages?ok=sent").then().statusCode(200).extract().asString();
        assertTrue(after.contains("Votre message est envoyé. Le candidat est prévenu par courriel"), after);
        assertTrue(after.contains("Pas encore lu dans l’espace candidat"), after);
        assertTrue(after.contains("msg-secretariat, équipe du master IEPS"), after);
        Screenshots.take("messages-staff-thread", after, 1300);
        Screenshots.takePhone("messages-staff-thread-phone", after, 1900);
    }

    @Test
    @TestSecurity(user = "msg-head-errors", roles = "head")
    void aBlankOrTooLongMessageIsRefusedOnThePageWithTheTextKeptAndNothingWritten() {
        Long id = MessagingFixtures.dossier(MessagingFixtures.unique("msg-staff-errors"), ApplicationStatus.REJECTED);
        String blank = FormPost.from("/dossiers/" + id + "/messages").formParam("body", "   ")
                .post("/dossiers/" + id + "/messages").then().statusCode(400).extract().asString();
        assertTrue(blank.contains("href=\"#body\"") && blank.contains("Ce champ est obligatoire."), blank);

        String typed = "Précision : " + "a".repeat(DossierMessage.MAX_BODY);
        String tooLong = FormPost.from("/dossiers/" + id + "/messages").formParam("body", typed)
                .post("/dossiers/" + id + "/messages").then().statusCode(400).extract().asString();
        assertTrue(tooLong.contains("5 000 caractères au maximum."), tooLong);
        assertTrue(tooLong.contains(typed + "</textarea>"), "the text typed is kept");
        assertTrue(MessagingFixtures.thread(id).isEmpty(), "nothing written");
        assertTrue(MessagingFixtures.mails(id).isEmpty(), "no mail");
        assertTrue(audit(id, AuditLog.MESSAGE_SENT).isEmpty());
    }

    @Test
    @TestSecurity(user = "msg-admin-withdrawn", roles = "admin")
    void theStaffMayStillWriteAboutAWithdrawnDossier() {
        Long id = MessagingFixtures.dossier(MessagingFixtures.unique("msg-staff-withdrawn"), ApplicationStatus.WITHDRAWN);
        FormPost.from("/dossiers/" + id + "/messages").formParam("body", "Votre retrait est bien enregistré.")
                .post("/dossiers/" + id + "/messages").then().statusCode(303);
        assertEquals(1, MessagingFixtures.thread(id).size());
        assertEquals(1, MessagingFixtures.mails(id).size());
    }

    @Test
    @TestSecurity(user = "msg-secretariat-draft", roles = "secretariat")
    void aDossierWithoutReferenceGetsAMailThatNamesItsLevel() {
        String subject = MessagingFixtures.unique("msg-staff-draft");
        Long id = MessagingFixtures.dossier(subject, ApplicationStatus.DRAFT);
        String page = given().get("/dossiers/" + id + "/messages").then().statusCode(200).extract().asString();
        assertTrue(page.contains("<h1>Messages du dossier sans référence</h1>"), page);
        FormPost.from("/dossiers/" + id + "/messages").formParam("body", "Votre brouillon est incomplet.")
                .post("/dossiers/" + id + "/messages").then().statusCode(303);
        outbox.sendDue();
        var delivered = mailbox.getMailsSentTo(subject + "@example.fr");
        assertEquals(1, delivered.size());
        assertEquals("Un message vous attend : votre candidature en M1", delivered.get(0).getSubject());
        assertFalse(delivered.get(0).getText().contains("null"), delivered.get(0).getText());
    }

    @Test
    @TestSecurity(user = "msg-head-unknown", roles = "head")
    void anUnknownDossierIsNotFound() {
        given().get("/dossiers/999999999/messages").then().statusCode(404);
        FormPost.from("/messages").formParam("body", "Personne.").post("/dossiers/999999999/messages").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "msg-reviewer", roles = "reviewer")
    void aReviewerCannotReadNorWriteTheThreads() {
        Long id = MessagingFixtures.dossier(MessagingFixtures.unique("msg-staff-reviewer"), ApplicationStatus.UNDER_REVIEW);
        MessagingFixtures.fromCandidate(id, "Question pour le secrétariat.");
        given().redirects().follow(false).get("/dossiers/" + id + "/messages").then().statusCode(403);
        given().redirects().follow(false).get("/messages").then().statusCode(403);
        FormPost.from("/").formParam("body", "Réponse d'un membre du jury.")
                .post("/dossiers/" + id + "/messages").then().statusCode(403);
        FormPost.from("/").formParam("ids", id).post("/messages/selection").then().statusCode(403);
        FormPost.from("/").formParam("ids", id).formParam("body", "Envoi groupé.")
                .post("/messages/selection/envoi").then().statusCode(403);
        assertEquals(1, MessagingFixtures.thread(id).size());
        assertNull(MessagingFixtures.thread(id).get(0).staffReadAt, "not read by a reviewer");
        assertFalse(given().get("/").asString().contains("href=\"/messages\""), "no link in the reviewer's nav");
    }
}
