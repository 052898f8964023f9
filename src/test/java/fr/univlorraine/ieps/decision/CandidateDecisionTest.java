package fr.univlorraine.ieps.decision;

import static fr.univlorraine.ieps.application.ApplicationStatus.*;
import static fr.univlorraine.ieps.decision.DecisionFixtures.*;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.*;

import fr.univlorraine.ieps.campaign.Campaign;
import fr.univlorraine.ieps.campaign.Level;
import fr.univlorraine.ieps.campaign.MutableClock;
import fr.univlorraine.ieps.campaign.Track;
import fr.univlorraine.ieps.kernel.Actor;
import fr.univlorraine.ieps.kernel.ActorRef;
import fr.univlorraine.ieps.web.Screenshots;
import fr.univlorraine.ieps.notification.MailOutbox;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The candidate's side of a decision: nothing before publication, then the offer with its deadline and
 * the answer, the waiting-list rank, the refusal's motive. The test user owns the first dossier.
 */
@QuarkusTest
@TestSecurity(user = "candec-0", roles = "candidate")
class CandidateDecisionTest {

    static final ActorRef HEAD = new ActorRef("head-cand", "Responsable", Actor.HEAD);

    @Inject
    DecisionService decisions;

    @Inject
    DecisionPublication publication;

    @Inject
    MockMailbox mailbox;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    MailOutbox outbox;

    MutableClock clock;
    Campaign campaign;
    Track track;
    List<Long> ids;

    @BeforeEach
    void setUp() {
        clock = clock();
        outbox.sendDue();
        mailbox.clear();
        campaign = campaign(1, 2);
        track = track(campaign, Level.M1);
        ids = underReview(track, "candec", 4);
    }

    @AfterEach
    void tearDown() {
        retire(campaign);
    }

    void publish() {
        OfferServiceTest.saveProposal(decisions, track, HEAD);
        publication.publish(track.id, HEAD);
    }

    String page() {
        return "/candidatures/" + ids.get(0);
    }

    @Test
    void draftsShowNothingAndPublicationSaysOnlyThatADecisionIsAvailable() {
        OfferServiceTest.saveProposal(decisions, track, HEAD);
        given().get(page()).then().statusCode(200)
                .body(not(containsString("id=\"decision-title\"")))
                .body(not(containsString("vous est proposée")));
        publication.publish(track.id, HEAD);
        outbox.sendDue();
        var mail = mailbox.getMailsSentTo(application(ids.get(0)).email).get(0);
        assertTrue(mail.getSubject().contains("Une décision est disponible"));
        assertFalse(mail.getText().contains("admis"), "no decision content by e-mail");
        assertFalse(mail.getText().contains("proposée"), "no decision content by e-mail");
    }

    @Test
    void theApiGivesThePublishedDecisionOnly() {
        OfferServiceTest.saveProposal(decisions, track, HEAD);
        String reference = application(ids.get(0)).reference;
        given().get("/api/me/applications").then().statusCode(200)
                .body("find { it.reference == '" + reference + "' }.decision", org.hamcrest.Matchers.nullValue());
        publication.publish(track.id, HEAD);
        given().get("/api/me/applications").then().statusCode(200)
                .body("find { it.reference == '" + reference + "' }.decision.kind", org.hamcrest.Matchers.equalTo("ADMIT"))
                .body("find { it.reference == '" + reference + "' }.decision.offerDeadline",
                        org.hamcrest.Matchers.startsWith("2028-05-23T21:59:59"));
    }

    /**
     * The page candidates reload most is read and rendered in one session, so one transaction and one connection: the
     * dossier, its history, the decision and offer, the messages not read, the enrolment sheet and the continuation
     * that the template's tag asks for.
     */
    @Test
    void theStatusPageIsReadInOneSession() {
        publish();
        given().get(page()).then().statusCode(200); // warm-up
        Statistics stats = sessionFactory.getStatistics();
        boolean wasEnabled = stats.isStatisticsEnabled();
        stats.setStatisticsEnabled(true);
        try {
            stats.clear();
            given().get(page()).then().statusCode(200).body(containsString("Une place en Master 1 vous est proposée"));
            assertEquals(1, stats.getSessionOpenCount(), "sessions opened for one status page");
            assertEquals(1, stats.getTransactionCount(), "transactions for one status page");
        } finally {
            stats.setStatisticsEnabled(wasEnabled);
        }
    }

    @Test
    void theOfferShowsItsDeadlineAndIsAccepted() {
        publish();
        Screenshots.take("candidate-offer", given().get(page()).asString(), 1500);
        given().get(page()).then().statusCode(200)
                .body(containsString("Une place en Master 1 vous est proposée"))
                .body(containsString("23 mai 2028 à 23:59"))
                .body(containsString("/offre/accepter"));
        post(page()).post(page() + "/offre/accepter").then().statusCode(303)
                .header("Location", containsString("ok=accepted"));
        assertEquals(ACCEPTED, status(ids.get(0)));
        outbox.sendDue();
        assertTrue(mailbox.getMailsSentTo(application(ids.get(0)).email).stream()
                .anyMatch(m -> m.getSubject().contains("Votre réponse")));
        given().get(page()).then().body(containsString("Vous avez accepté la place proposée."))
                .body(containsString("attestation.pdf"));
    }

    @Test
    void givingUpThePlaceNeedsTheConfirmationAndOffersItToTheNext() {
        publish();
        post(page()).formParam("declineReason", "Autre master").post(page() + "/offre/refuser").then().statusCode(409)
                .body(containsString("Cochez la case pour confirmer que vous renoncez à la place."))
                .body(containsString("Autre master"));
        assertEquals(ADMITTED, status(ids.get(0)));

        post(page()).formParam("declineConfirm", "on").formParam("declineReason", "Autre master")
                .post(page() + "/offre/refuser").then().statusCode(303);
        assertEquals(DECLINED, status(ids.get(0)));
        assertEquals(ADMITTED, status(ids.get(1)));
    }

    @Test
    void anAnswerAfterTheDeadlineIsRefusedWithAClearMessage() {
        publish();
        String form = page();
        var request = post(form);
        clock.set(offer(ids.get(0)).deadline.plusSeconds(1));
        request.post(page() + "/offre/accepter").then().statusCode(409)
                .body(containsString("La date limite de réponse est passée"));
        assertEquals(EXPIRED, status(ids.get(0)));
        assertEquals(ADMITTED, status(ids.get(1)));
    }

    @Test
    void someoneElsesDossierIsNotFoundAndUnchanged() {
        publish();
        String other = "/candidatures/" + ids.get(1);
        // the test user's own page gives the token; the id in the URL is another candidate's
        post(page()).post(other + "/offre/accepter").then().statusCode(404);
        post(page()).formParam("declineConfirm", "on").post(other + "/offre/refuser").then().statusCode(404);
        assertEquals(WAITLISTED, status(ids.get(1)));
    }

    @Test
    @TestSecurity(user = "candec-2", roles = "candidate")
    void theWaitingListShowsTheCurrentRank() {
        publish();
        Screenshots.take("candidate-waitlist", given().get("/candidatures/" + ids.get(2)).asString(), 1100);
        given().get("/candidatures/" + ids.get(2)).then().statusCode(200)
                .body(containsString("Vous êtes 2ᵉ sur la liste d’attente."));
        given().header("Accept-Language", "en").cookie("ieps-lang", "en").get("/candidatures/" + ids.get(2)).then()
                .body(containsString("You are number 2 on the waiting list."));
    }

    @Test
    @TestSecurity(user = "candec-3", roles = "candidate")
    void aRefusalShowsItsMotive() {
        publish();
        Screenshots.take("candidate-refused", given().get("/candidatures/" + ids.get(3)).asString(), 1100);
        given().get("/candidatures/" + ids.get(3)).then().statusCode(200)
                .body(containsString("Votre candidature n’a pas été retenue"))
                .body(containsString("/candidatures/" + ids.get(3) + "/motifs"))
                .body(containsString(firstMotive().labelFr.replace("'", "&#39;")));
    }
}
