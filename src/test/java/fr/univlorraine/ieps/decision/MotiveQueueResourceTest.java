package fr.univlorraine.ieps.decision;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.univlorraine.ieps.audit.AuditEvent;
import fr.univlorraine.ieps.campaign.MutableClock;
import fr.univlorraine.ieps.web.Screenshots;
import io.quarkus.arc.Arc;
import fr.univlorraine.ieps.notification.MailOutbox;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The heads and the secretariat see the requests for detailed motives by due date, late ones flagged,
 * and answer each one once; the candidate is told by mail.
 */
@QuarkusTest
class MotiveQueueResourceTest {

    @Inject
    MockMailbox mailbox;

    @Inject
    MailOutbox outbox;

    MutableClock clock;
    Long motive;

    @BeforeEach
    void setUp() {
        clock = MotiveFixtures.clock();
        outbox.sendDue();
        mailbox.clear();
        motive = MotiveFixtures.motive("Le projet de recherche manque de précision.", "The research project lacks precision.");
    }

    /** A refused dossier whose candidate asked for the motives at this instant; returns the request's id. */
    private Long asked(String subject, String motiveText, Instant at) {
        Long app = MotiveFixtures.refused(subject, motive, motiveText, true);
        Instant now = clock.now();
        clock.set(at);
        Arc.container().instance(MotiveRequestService.class).get().request(app, subject);
        clock.set(now);
        return MotiveFixtures.request(app).id;
    }

    private static String reference(Long requestId) {
        return QuarkusTransaction.requiringNew().call(() -> MotiveRequest.<MotiveRequest>findById(requestId).application.reference);
    }

    @Test
    @TestSecurity(user = "head", roles = "head")
    void pendingRequestsComeFirstByDueDateAndLateOnesAreFlagged() {
        Instant start = clock.now();
        Long later = asked(MotiveFixtures.unique("queue-later"), null, start.plus(Duration.ofDays(10)));
        Long sooner = asked(MotiveFixtures.unique("queue-sooner"), "Le lien avec les débouchés n’est pas établi.", start);
        Long answered = asked(MotiveFixtures.unique("queue-answered"), null, start.plus(Duration.ofDays(1)));
        long version = QuarkusTransaction.requiringNew().call(() -> MotiveRequest.<MotiveRequest>findById(answered).version);
        Arc.container().instance(MotiveRequestService.class).get().answer(answered,
                new AnswerForm("Réponse déjà donnée.", String.valueOf(version)), "Secrétariat");

        String page = given().get("/motifs").then().statusCode(200).extract().asString();
        int soonerAt = page.indexOf("id=\"demande-" + sooner + "\"");
        int laterAt = page.indexOf("id=\"demande-" + later + "\"");
        int answeredAt = page.indexOf("id=\"demande-" + answered + "\"");
        assertTrue(soonerAt > 0 && laterAt > soonerAt && answeredAt > laterAt, "by due date, answered ones below");
        assertTrue(page.indexOf("Réponses envoyées") < answeredAt && page.indexOf("Réponses envoyées") > laterAt, page);
        Long soonerDossier = QuarkusTransaction.requiringNew().call(() -> MotiveRequest.<MotiveRequest>findById(sooner).application.id);
        assertTrue(page.contains("href=\"/dossiers/" + soonerDossier + "\""), "the queue links to the staff's dossier page");
        String soonerRow = page.substring(soonerAt, page.indexOf("</tr>", soonerAt));
        assertTrue(soonerRow.contains("Le projet de recherche manque de précision."), soonerRow);
        assertTrue(soonerRow.contains("Le lien avec les débouchés n’est pas établi."), soonerRow);
        assertTrue(soonerRow.contains("j restant(s)"), soonerRow);
        assertTrue(!soonerRow.contains("En retard"), soonerRow);
        assertTrue(page.contains("href=\"/motifs\" aria-current=\"page\""), "the head's nav link");

        // a month and two days after the first request: it is late, the later one is not yet
        clock.set(start.plus(Duration.ofDays(33)));
        String late = given().get("/motifs").then().statusCode(200).extract().asString();
        soonerAt = late.indexOf("id=\"demande-" + sooner + "\"");
        soonerRow = late.substring(soonerAt - 40, late.indexOf("</tr>", soonerAt));
        assertTrue(soonerRow.contains("class=\"overdue\""), soonerRow);
        assertTrue(soonerRow.contains("<span class=\"flag late\">En retard</span>"), "said in words, not by colour alone");
        assertTrue(soonerRow.contains("échéance dépassée de "), soonerRow);
        laterAt = late.indexOf("id=\"demande-" + later + "\"");
        String laterRow = late.substring(laterAt - 40, late.indexOf("</tr>", laterAt));
        assertTrue(!laterRow.contains("En retard"), laterRow);
        Screenshots.take("motive-requests-queue", late, 1100);
    }

    @Test
    @TestSecurity(user = "scolarite", roles = "secretariat")
    void theSecretariatAnswersOnceAndTheCandidateIsToldByMail() {
        String subject = MotiveFixtures.unique("queue-answer");
        Long id = asked(subject, "Précision libre du refus.", clock.now());
        String reference = reference(id);
        String page = given().get("/motifs/" + id).then().statusCode(200).extract().asString();
        assertTrue(page.contains(reference), page);
        assertTrue(page.contains("Le projet de recherche manque de précision."), page);
        assertTrue(page.contains("Précision libre du refus."), page);
        assertTrue(page.contains("name=\"answer\""), page);
        Screenshots.take("motive-request-answer", page, 1200);
        long audited = QuarkusTransaction.requiringNew().call(() -> AuditEvent.count("applicationId = ?1 and action = ?2",
                MotiveRequest.<MotiveRequest>findById(id).application.id, "VIEW_DOSSIER"));
        assertTrue(audited >= 1, "the staff view of the dossier is audited");

        MotiveRequest shown = QuarkusTransaction.requiringNew().call(() -> MotiveRequest.findById(id));
        // empty answer: shown again with its error, nothing written
        String empty = MotiveFixtures.post("/motifs/" + id).formParam("version", shown.version).formParam("answer", "   ")
                .post("/motifs/" + id).then().statusCode(400).extract().asString();
        assertTrue(empty.contains("Ce champ est obligatoire.") && empty.contains("href=\"#answer\""), empty);
        String tooLong = MotiveFixtures.post("/motifs/" + id).formParam("version", shown.version)
                .formParam("answer", "x".repeat(MotiveRequest.MAX_ANSWER + 1)).post("/motifs/" + id)
                .then().statusCode(400).extract().asString();
        assertTrue(tooLong.contains("5 000 caractères au maximum."), tooLong);
        MotiveFixtures.post("/motifs/" + id).formParam("version", "douze").formParam("answer", "Forgé.")
                .post("/motifs/" + id).then().statusCode(409);
        assertNull(QuarkusTransaction.requiringNew().call(() -> MotiveRequest.<MotiveRequest>findById(id).answeredAt));

        var form = MotiveFixtures.post("/motifs/" + id);
        var second = MotiveFixtures.post("/motifs/" + id);
        form.formParam("version", shown.version).formParam("answer", "  Votre projet ne rejoint pas les thèmes de l’équipe.  ")
                .post("/motifs/" + id).then().statusCode(303).header("Location", endsWith("/motifs/" + id + "?ok=1"));
        MotiveRequest saved = QuarkusTransaction.requiringNew().call(() -> MotiveRequest.findById(id));
        assertEquals("Votre projet ne rejoint pas les thèmes de l’équipe.", saved.answer);
        assertNotNull(saved.answeredAt);
        assertEquals("scolarite", saved.answeredBy);
        given().get("/motifs/" + id + "?ok=1").then().body(containsString("le candidat est prévenu par courriel"),
                containsString("Votre projet ne rejoint pas les thèmes de l’équipe."));

        outbox.sendDue();
        var mails = mailbox.getMailsSentTo(subject + "@example.fr");
        assertEquals(1, mails.size(), "one mail, after the commit");
        assertTrue(mails.get(0).getSubject().contains("Motifs détaillés : candidature " + reference), mails.get(0).getSubject());
        assertTrue(!mails.get(0).getText().contains("thèmes de l’équipe"), "the mail carries no decision content");

        // the same form sent again (a second click, or a colleague's stale page): refused, nothing changes
        String again = second.formParam("version", shown.version).formParam("answer", "Une autre réponse.")
                .post("/motifs/" + id).then().statusCode(409).extract().asString();
        assertTrue(again.contains("Cette demande a déjà reçu une réponse"), again);
        MotiveRequest after = QuarkusTransaction.requiringNew().call(() -> MotiveRequest.findById(id));
        assertEquals(saved.answer, after.answer);
        assertEquals(saved.answeredAt, after.answeredAt);
        outbox.sendDue();
        assertEquals(1, mailbox.getMailsSentTo(subject + "@example.fr").size());
    }

    @Test
    @TestSecurity(user = "relecteur", roles = "reviewer")
    void aReviewerCannotSeeTheQueue() {
        Long id = asked(MotiveFixtures.unique("queue-reviewer"), null, clock.now());
        given().get("/motifs").then().statusCode(403);
        given().get("/motifs/" + id).then().statusCode(403);
        assertTrue(!given().get("/").asString().contains("href=\"/motifs\""), "no link in the nav");
    }

    @Test
    @TestSecurity(user = "queue-candidate", roles = "candidate")
    void aCandidateCannotSeeTheQueueNorAnswer() {
        Long id = asked(MotiveFixtures.unique("queue-cand"), null, clock.now());
        given().get("/motifs").then().statusCode(403);
        MotiveFixtures.post("/test-only/csrf").formParam("version", "0").formParam("answer", "Moi-même.")
                .post("/motifs/" + id).then().statusCode(403);
        assertNull(QuarkusTransaction.requiringNew().call(() -> MotiveRequest.<MotiveRequest>findById(id).answeredAt));
    }

    @Test
    @TestSecurity(user = "head", roles = "head")
    void anUnknownRequestIsNotFound() {
        given().get("/motifs/999999999").then().statusCode(404);
    }
}
