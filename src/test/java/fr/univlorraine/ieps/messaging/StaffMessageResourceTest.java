package fr.univlorraine.ieps.messaging;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.univlorraine.ieps.FormPost;
import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.application.ApplicationStatus;
import fr.univlorraine.ieps.audit.AuditEvent;
import fr.univlorraine.ieps.audit.AuditLog;
import fr.univlorraine.ieps.web.Screenshots;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The staff's inbox puts the unread answers of candidates first; a message to a selection reaches each one. */
@QuarkusTest
class StaffMessageResourceTest {

    private static final Pattern BADGE = Pattern.compile("href=\"/messages\"[^>]*>Messages <span class=\"badge\" aria-hidden=\"true\">(\\d+)</span>");

    @BeforeEach
    void setUp() {
        MessagingFixtures.clock();
    }

    private static long navBadge(String page) {
        Matcher m = BADGE.matcher(page);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    @Test
    @TestSecurity(user = "msg-inbox-secretariat", roles = "secretariat")
    void theInboxShowsTheThreadsWithUnreadAnswersFirstAndTheNavigationCountsThem() {
        var clock = MessagingFixtures.clock();
        Long answered = MessagingFixtures.dossier(MessagingFixtures.unique("msg-inbox-answered"), ApplicationStatus.UNDER_REVIEW);
        Long quiet = MessagingFixtures.dossier(MessagingFixtures.unique("msg-inbox-quiet"), ApplicationStatus.COMPLETE);
        MessagingFixtures.fromStaff(answered, "Merci de préciser votre parcours.");
        clock.set(clock.now().plusSeconds(60));
        MessagingFixtures.fromCandidate(answered, "J'ai suivi une licence de sociologie à Nancy.");
        MessagingFixtures.fromCandidate(answered, "Et un stage au CCAS.");
        // the latest message of all, but from the staff: read, so it comes after the unread answer
        clock.set(clock.now().plusSeconds(60));
        MessagingFixtures.fromStaff(quiet, "Votre dossier est complet.");

        String inbox = given().get("/messages").then().statusCode(200).extract().asString();
        int answeredAt = inbox.indexOf("id=\"fil-" + answered + "\"");
        int quietAt = inbox.indexOf("id=\"fil-" + quiet + "\"");
        assertTrue(answeredAt > 0 && quietAt > answeredAt, "unread answers first: " + inbox);
        String row = inbox.substring(answeredAt, inbox.indexOf("</tr>", answeredAt));
        assertTrue(row.contains("class=\"unread\"") || inbox.substring(answeredAt - 30, answeredAt).contains("unread"), row);
        assertTrue(row.contains("2 non lu(s)"), row);
        assertTrue(row.contains("href=\"/dossiers/" + answered + "/messages\""), row);
        assertTrue(inbox.contains("href=\"/messages\" aria-current=\"page\""), "the nav link");
        long before = navBadge(inbox);
        assertTrue(before >= 2, "the navigation counts the unread answers: " + before);
        Screenshots.take("messages-inbox", inbox, 900);
        Screenshots.takePhone("messages-inbox-phone", inbox, 1600);

        given().get("/dossiers/" + answered + "/messages").then().statusCode(200);
        String read = given().get("/messages").then().statusCode(200).extract().asString();
        assertEquals(before - 2, navBadge(read), "reading the thread takes its answers off the count");
        int rowAt = read.indexOf("id=\"fil-" + answered + "\"");
        assertTrue(!read.substring(rowAt, read.indexOf("</tr>", rowAt)).contains("non lu(s)"), read);
    }

    @Test
    @TestSecurity(user = "msg-selection-head", roles = "head")
    void aMessageToASelectionIsWrittenInEachThreadWithAMailEach() {
        List<Long> ids = List.of(
                MessagingFixtures.dossier(MessagingFixtures.unique("msg-sel-a"), ApplicationStatus.UNDER_REVIEW),
                MessagingFixtures.dossier(MessagingFixtures.unique("msg-sel-b"), ApplicationStatus.WAITLISTED),
                MessagingFixtures.dossier(MessagingFixtures.unique("msg-sel-c"), ApplicationStatus.ADMITTED, "en"));
        List<Application> apps = ids.stream().map(MessagingFixtures::application).toList();
        Long notSelected = MessagingFixtures.dossier(MessagingFixtures.unique("msg-sel-not"), ApplicationStatus.UNDER_REVIEW);

        // the search page posts the ticked dossiers: the page lists them, nothing is written yet
        var select = FormPost.from("/messages");
        ids.forEach(id -> select.formParam("ids", id));
        String compose = select.post("/messages/selection").then().statusCode(200).extract().asString();
        for (Application a : apps) {
            assertTrue(compose.contains(a.reference) && compose.contains(a.lastName), compose);
            assertTrue(compose.contains("name=\"ids\" value=\"" + a.id + "\""), compose);
        }
        assertTrue(compose.contains("Destinataires (3)") && compose.contains("Envoyer à 3 candidat(s)"), compose);
        assertTrue(compose.contains("5000 caractères au maximum."), "the limit is stated");
        ids.forEach(id -> assertTrue(MessagingFixtures.thread(id).isEmpty()));

        // a blank message: the same page, the recipients still listed, nothing written
        var blank = FormPost.from("/messages");
        ids.forEach(id -> blank.formParam("ids", id));
        String refused = blank.formParam("body", " ").post("/messages/selection/envoi").then().statusCode(400)
                .extract().asString();
        assertTrue(refused.contains("href=\"#body\"") && refused.contains("Destinataires (3)"), refused);
        String typed = "Réunion le 12 juin. " + "x".repeat(DossierMessage.MAX_BODY);
        var tooLong = FormPost.from("/messages");
        ids.forEach(id -> tooLong.formParam("ids", id));
        String kept = tooLong.formParam("body", typed).post("/messages/selection/envoi").then().statusCode(400)
                .extract().asString();
        assertTrue(kept.contains(typed + "</textarea>") && kept.contains("5 000 caractères au maximum."), kept);
        Screenshots.take("messages-selection-error", kept, 1100);
        ids.forEach(id -> assertTrue(MessagingFixtures.thread(id).isEmpty(), "nothing written"));
        ids.forEach(id -> assertTrue(MessagingFixtures.mails(id).isEmpty(), "no mail"));

        var send = FormPost.from("/messages");
        ids.forEach(id -> send.formParam("ids", id));
        send.formParam("ids", ids.get(0)); // a dossier ticked twice gets one message
        send.formParam("body", "Réunion d'information le 12 juin à 14 h, salle A101.").post("/messages/selection/envoi")
                .then().statusCode(303).header("Location", org.hamcrest.Matchers.endsWith("/messages?ok=sentSelection"));
        for (Long id : ids) {
            List<DossierMessage> thread = MessagingFixtures.thread(id);
            assertEquals(1, thread.size(), "one message in each thread");
            assertEquals("Réunion d'information le 12 juin à 14 h, salle A101.", thread.get(0).body);
            assertEquals(1, MessagingFixtures.mails(id).size(), "one mail each");
            assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> AuditEvent.count(
                    "applicationId = ?1 and action = ?2", id, AuditLog.MESSAGE_SENT)));
        }
        assertEquals("en", MessagingFixtures.mails(ids.get(2)).get(0).lang, "each in the candidate's language");
        assertTrue(MessagingFixtures.thread(notSelected).isEmpty(), "only the selection");
        String inbox = given().get("/messages?ok=sentSelection").then().statusCode(200).extract().asString();
        assertTrue(inbox.contains("Votre message est envoyé à chaque candidat sélectionné"), inbox);
    }

    @Test
    @TestSecurity(user = "msg-selection-secretariat", roles = "secretariat")
    void theComposePageOfASelectionListsTheRecipientsAndANoneSelectionSaysWhereToChoose() {
        List<Long> ids = List.of(
                MessagingFixtures.dossier(MessagingFixtures.unique("msg-compose-a"), ApplicationStatus.SUBMITTED),
                MessagingFixtures.dossier(MessagingFixtures.unique("msg-compose-b"), ApplicationStatus.INCOMPLETE));
        String compose = given().get("/messages/selection?ids=" + ids.get(0) + "&ids=" + ids.get(1)).then().statusCode(200)
                .extract().asString();
        assertTrue(compose.contains("Destinataires (2)"), compose);
        Screenshots.take("messages-selection-compose", compose, 1000);
        Screenshots.takePhone("messages-selection-compose-phone", compose, 1500);

        String none = given().get("/messages/selection").then().statusCode(200).extract().asString();
        assertTrue(none.contains("Aucun candidat n’est sélectionné.") && none.contains("href=\"/recherche\""), none);
        String empty = FormPost.from("/messages").formParam("body", "Pour personne.").post("/messages/selection/envoi")
                .then().statusCode(400).extract().asString();
        assertTrue(empty.contains("Sélectionnez au moins un candidat.") && empty.contains("href=\"#ids\""), empty);
        given().get("/messages/selection?ids=999999999").then().statusCode(404);
    }
}
