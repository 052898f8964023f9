package fr.univlorraine.ieps.messaging;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.univlorraine.ieps.FormPost;
import fr.univlorraine.ieps.application.ApplicationStatus;
import fr.univlorraine.ieps.notification.MailOutbox;
import fr.univlorraine.ieps.web.Screenshots;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The candidate reads the thread of their own dossier, and only theirs, and answers the staff in it. */
@QuarkusTest
class CandidateMessageResourceTest {

    @Inject
    MockMailbox mailbox;

    @Inject
    MailOutbox outbox;

    @Inject
    RepliesHeard replies;

    @BeforeEach
    void setUp() {
        MessagingFixtures.clock();
    }

    @Test
    @TestSecurity(user = "msg-cand-own", roles = "candidate")
    void aCandidateReadsOnlyTheirOwnThread() {
        Long own = MessagingFixtures.dossier("msg-cand-own", ApplicationStatus.UNDER_REVIEW);
        Long other = MessagingFixtures.dossier(MessagingFixtures.unique("msg-cand-other"), ApplicationStatus.UNDER_REVIEW);
        MessagingFixtures.fromStaff(other, "Message confidentiel pour une autre personne.");

        given().get("/candidatures/" + other + "/messages").then().statusCode(404);
        FormPost.from("/candidatures/" + own + "/messages").formParam("body", "Je lis le fil d'un autre.")
                .post("/candidatures/" + other + "/messages").then().statusCode(404);
        assertEquals(1, MessagingFixtures.thread(other).size(), "nothing written in the other dossier's thread");
        assertNull(MessagingFixtures.thread(other).get(0).candidateReadAt, "nor marked read by someone else");

        String page = given().get("/candidatures/" + own + "/messages").then().statusCode(200).extract().asString();
        assertFalse(page.contains("Message confidentiel"), page);
        assertTrue(page.contains("Aucun message pour l’instant."), page);
    }

    @Test
    @TestSecurity(user = "msg-cand-reads", roles = "candidate")
    void aMessageOfTheStaffIsCountedUnreadTillTheCandidateReadsItAndTheMailSaysOnlyThatItWaits() {
        Long id = MessagingFixtures.dossier("msg-cand-reads", ApplicationStatus.COMPLETE);
        String reference = MessagingFixtures.application(id).reference;
        outbox.sendDue();
        mailbox.clear();
        DossierMessage sent = MessagingFixtures.fromStaff(id, "Pourriez-vous préciser la date de votre stage à Metz ?");

        String status = given().get("/candidatures/" + id).then().statusCode(200).extract().asString();
        assertTrue(status.contains("id=\"messages-unread\""), status);
        assertTrue(status.contains("L’équipe du master vous a écrit : 1 message(s) non lu(s)."), status);
        assertTrue(status.contains("href=\"/candidatures/" + id + "/messages\">Messages <span class=\"badge\" aria-hidden=\"true\">1</span>"),
                status);
        Screenshots.take("messages-candidate-status-unread", status, 1300);

        assertEquals(1, MessagingFixtures.mails(id).size(), "one mail written with the message");
        outbox.sendDue();
        var mails = mailbox.getMailsSentTo("msg-cand-reads@example.fr");
        assertEquals(1, mails.size());
        assertEquals("Un message vous attend : candidature " + reference, mails.get(0).getSubject());
        assertTrue(mails.get(0).getText().contains("/candidatures/" + id + "/messages"), mails.get(0).getText());
        assertFalse(mails.get(0).getText().contains("stage"), "the mail carries no word of the message");

        String thread = given().get("/candidatures/" + id + "/messages").then().statusCode(200).extract().asString();
        assertTrue(thread.contains("Pourriez-vous préciser la date de votre stage à Metz ?"), thread);
        assertTrue(thread.contains("Claire Secrétariat, équipe du master IEPS"), thread);
        assertTrue(thread.contains("<span class=\"flag warn\">Nouveau</span>"), "new until this page: " + thread);
        Screenshots.take("messages-candidate-thread", thread, 1000);
        Screenshots.takePhone("messages-candidate-thread-phone", thread, 1400);
        assertNotNull(MessagingFixtures.message(sent.id).candidateReadAt, "read by the candidate now");
        assertNotNull(MessagingFixtures.message(sent.id).staffReadAt, "the staff's own message is read on their side");

        String again = given().get("/candidatures/" + id).then().statusCode(200).extract().asString();
        assertFalse(again.contains("id=\"messages-unread\""), "read: no longer counted");
        assertFalse(given().get("/candidatures/" + id + "/messages").asString().contains("Nouveau</span>"));
    }

    @Test
    @TestSecurity(user = "msg-cand-answers", roles = "candidate")
    void theCandidateAnswersAndTheStaffAreToldByAnEvent() {
        Long id = MessagingFixtures.dossier("msg-cand-answers", ApplicationStatus.INCOMPLETE);
        MessagingFixtures.fromStaff(id, "Votre relevé de notes est illisible.");
        int mailsBefore = MessagingFixtures.mails(id).size();

        String location = FormPost.from("/candidatures/" + id + "/messages")
                .formParam("body", "  Je viens de le déposer à nouveau, en meilleure qualité.\r\nCordialement.  ")
                .post("/candidatures/" + id + "/messages").then().statusCode(303).extract().header("Location");
        List<DossierMessage> thread = MessagingFixtures.thread(id);
        assertEquals(2, thread.size());
        DossierMessage answer = thread.get(1);
        assertTrue(location.endsWith("/candidatures/" + id + "/messages?ok=replied#message-" + answer.id), location);
        assertEquals(DossierMessage.Side.CANDIDATE, answer.authorSide);
        assertEquals("msg-cand-answers", answer.authorSubject);
        assertEquals("Je viens de le déposer à nouveau, en meilleure qualité.\nCordialement.", answer.body);
        assertNotNull(answer.candidateReadAt);
        assertNull(answer.staffReadAt, "unread by the staff");
        assertEquals(mailsBefore, MessagingFixtures.mails(id).size(), "an answer mails nobody for now");
        assertEquals(1, replies.of(id).size(), "the staff's mails can hear it");
        assertEquals(answer.id, replies.of(id).get(0).messageId());

        String page = given().get("/candidatures/" + id + "/messages?ok=replied").then().statusCode(200).extract().asString();
        assertTrue(page.contains("Votre message est envoyé à l’équipe du master."), page);
        assertTrue(page.contains("Pas encore lu par l’équipe"), page);
    }

    @Test
    @TestSecurity(user = "msg-cand-withdrawn", roles = "candidate")
    void aWithdrawnCandidateMayStillAnswer() {
        Long id = MessagingFixtures.dossier("msg-cand-withdrawn", ApplicationStatus.WITHDRAWN);
        MessagingFixtures.fromStaff(id, "Nous avons bien noté votre retrait.");
        FormPost.from("/candidatures/" + id + "/messages").formParam("body", "Merci.")
                .post("/candidatures/" + id + "/messages").then().statusCode(303);
        assertEquals(2, MessagingFixtures.thread(id).size());
    }

    @Test
    @TestSecurity(user = "msg-cand-errors", roles = "candidate")
    void aBlankOrTooLongMessageIsRefusedOnThePageWithTheTextKeptAndNothingWritten() {
        Long id = MessagingFixtures.dossier("msg-cand-errors", ApplicationStatus.SUBMITTED);

        String blank = FormPost.from("/candidatures/" + id + "/messages").formParam("body", "  \r\n ")
                .post("/candidatures/" + id + "/messages").then().statusCode(400).extract().asString();
        assertTrue(blank.contains("class=\"error-summary\""), blank);
        assertTrue(blank.contains("href=\"#body\""), "the summary links to the field");
        assertTrue(blank.contains("Ce champ est obligatoire."), blank);

        String typed = "é".repeat(DossierMessage.MAX_BODY) + " et un mot de trop";
        String tooLong = FormPost.from("/candidatures/" + id + "/messages").formParam("body", typed)
                .post("/candidatures/" + id + "/messages").then().statusCode(400).extract().asString();
        assertTrue(tooLong.contains("5 000 caractères au maximum."), tooLong);
        assertTrue(tooLong.contains(typed + "</textarea>"), "the text typed is kept");
        assertTrue(tooLong.contains("aria-invalid=\"true\""), tooLong);
        Screenshots.take("messages-candidate-error", tooLong, 1000);
        assertTrue(MessagingFixtures.thread(id).isEmpty(), "nothing written");
        assertTrue(replies.of(id).isEmpty());
    }

    @Test
    @TestSecurity(user = "msg-cand-staff-routes", roles = "candidate")
    void aCandidateCannotUseTheStaffRoutes() {
        Long id = MessagingFixtures.dossier("msg-cand-staff-routes", ApplicationStatus.SUBMITTED);
        given().redirects().follow(false).get("/messages").then().statusCode(403);
        given().redirects().follow(false).get("/dossiers/" + id + "/messages").then().statusCode(403);
        given().redirects().follow(false).get("/messages/selection?ids=" + id).then().statusCode(403);
        FormPost.from("/candidatures/" + id + "/messages").formParam("body", "Je me réponds à moi-même.")
                .post("/dossiers/" + id + "/messages").then().statusCode(403);
        FormPost.from("/candidatures/" + id + "/messages").formParam("ids", id).formParam("body", "Envoi groupé.")
                .post("/messages/selection/envoi").then().statusCode(403);
        assertTrue(MessagingFixtures.thread(id).isEmpty());
        assertFalse(given().get("/candidatures").asString().contains("href=\"/messages\""), "no staff link in the nav");
    }
}
