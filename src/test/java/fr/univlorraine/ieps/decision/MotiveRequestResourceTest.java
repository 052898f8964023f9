package fr.univlorraine.ieps.decision;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.application.ApplicationStatus;
import fr.univlorraine.ieps.campaign.MutableClock;
import fr.univlorraine.ieps.web.Screenshots;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A refused candidate asks once for the detailed motives, after the decision is published; the answer is due a
 * month later (Code de l'éducation, D612-36-2). Nobody asks about someone else's dossier.
 */
@QuarkusTest
class MotiveRequestResourceTest {

    @Inject
    MotiveRequestService requests;

    MutableClock clock;
    Long motive;

    @BeforeEach
    void setUp() {
        clock = MotiveFixtures.clock();
        motive = MotiveFixtures.motive("Motif de test pour les demandes.", "Test motive for requests.");
    }

    private static long requestCount() {
        return QuarkusTransaction.requiringNew().call(() -> MotiveRequest.count());
    }

    @Test
    @TestSecurity(user = "motives-asker", roles = "candidate")
    void refusedCandidateAsksOnceAndTheAnswerIsDueOneMonthLater() {
        Long id = MotiveFixtures.refused("motives-asker", motive, "Précisions du refus.", true);
        var post = MotiveFixtures.post("/test-only/csrf");
        // 31 January in Paris: one month later is the last day of February
        clock.set(Instant.parse("2027-01-31T09:00:00Z"));

        post.post("/candidatures/" + id + "/motifs").then().statusCode(303)
                .header("Location", endsWith("/candidatures/" + id + "?motifs=demande#motifs"));

        MotiveRequest request = MotiveFixtures.request(id);
        assertNotNull(request);
        assertEquals(Instant.parse("2027-01-31T09:00:00Z"), request.requestedAt);
        assertEquals(LocalDate.of(2027, 2, 28), request.dueOn);
        assertNull(request.answeredAt);

        String again = MotiveFixtures.post("/test-only/csrf").post("/candidatures/" + id + "/motifs")
                .then().statusCode(409).extract().asString();
        assertTrue(again.contains("Vous avez déjà demandé les motifs détaillés, le 31 janvier 2027."), again);
        assertTrue(again.contains("au plus tard le 28 février 2027"), again);
        assertEquals(1, QuarkusTransaction.requiringNew().call(() -> MotiveRequest.count("application.id", id)));
    }

    @Test
    @TestSecurity(user = "motives-late-night", roles = "candidate")
    void theDayOfTheRequestIsTheDayInParis() {
        Long id = MotiveFixtures.refused("motives-late-night", motive, null, true);
        var post = MotiveFixtures.post("/test-only/csrf");
        // 23:30 UTC on 30 March is already 31 March in Paris (summer time)
        clock.set(Instant.parse("2027-03-30T23:30:00Z"));
        post.post("/candidatures/" + id + "/motifs").then().statusCode(303);
        assertEquals(LocalDate.of(2027, 4, 30), MotiveFixtures.request(id).dueOn);
    }

    @Test
    @TestSecurity(user = "motives-draft", roles = "candidate")
    void noRequestBeforeTheRefusalIsPublished() {
        Long draft = MotiveFixtures.refused("motives-draft", motive, null, false);
        long before = requestCount();
        String page = MotiveFixtures.post("/test-only/csrf").post("/candidatures/" + draft + "/motifs")
                .then().statusCode(409).extract().asString();
        assertTrue(page.contains("ne peuvent être demandés que pour une candidature non retenue, une fois la décision publiée"), page);
        assertTrue(page.contains("href=\"/candidatures/" + draft + "\""), "a way back to the dossier");

        // even a dossier marked REJECTED is refused while its decision is a draft
        QuarkusTransaction.requiringNew().run(() -> Application.<Application>findById(draft).status = ApplicationStatus.REJECTED);
        MotiveFixtures.post("/test-only/csrf").post("/candidatures/" + draft + "/motifs").then().statusCode(409);
        assertEquals(before, requestCount());
    }

    @Test
    @TestSecurity(user = "motives-admitted", roles = "candidate")
    void noRequestForADossierThatWasNotRefused() {
        Long admitted = MotiveFixtures.underReview("motives-admitted");
        MotiveFixtures.decide(admitted, DecisionKind.ADMIT, null, null, true);
        long before = requestCount();
        MotiveFixtures.post("/test-only/csrf").post("/candidatures/" + admitted + "/motifs").then().statusCode(409)
                .body(containsString("Demande impossible"));
        assertEquals(before, requestCount());
    }

    @Test
    @TestSecurity(user = "motives-intruder", roles = "candidate")
    void someoneElsesDossierIsNotFoundAndNothingIsWritten() {
        Long theirs = MotiveFixtures.refused(MotiveFixtures.unique("motives-victim"), motive, null, true);
        MotiveFixtures.underReview("motives-intruder");
        long before = requestCount();
        MotiveFixtures.post("/test-only/csrf").post("/candidatures/" + theirs + "/motifs").then().statusCode(404);
        MotiveFixtures.post("/test-only/csrf").post("/candidatures/999999999/motifs").then().statusCode(404);
        assertEquals(before, requestCount());
        assertNull(MotiveFixtures.request(theirs));
    }

    @Test
    @TestSecurity(user = "motives-no-token", roles = "candidate")
    void aFormWithoutItsCsrfTokenIsRefused() {
        Long id = MotiveFixtures.refused("motives-no-token", motive, null, true);
        given().redirects().follow(false).formParam("x", "y").post("/candidatures/" + id + "/motifs")
                .then().statusCode(403);
        assertNull(MotiveFixtures.request(id));
    }

    @Test
    @TestSecurity(user = "motives-staff", roles = {"head", "secretariat", "reviewer"})
    void staffCannotAskInACandidatesName() {
        Long id = MotiveFixtures.refused(MotiveFixtures.unique("motives-cand"), motive, null, true);
        MotiveFixtures.post("/test-only/csrf").post("/candidatures/" + id + "/motifs").then().statusCode(403);
        assertNull(MotiveFixtures.request(id));
    }

    /** The tag the status page includes: the button while allowed, then the request and its due date, then the answer. */
    @Test
    @TestSecurity(user = "motives-tag", roles = "candidate")
    void theStatusPageTagFollowsTheRequest() {
        Long id = MotiveFixtures.refused("motives-tag", motive, null, true);
        String before = given().get("/test-only/motives-tag/" + id).then().statusCode(200).extract().asString();
        assertTrue(before.contains("Demander les motifs détaillés"), before);
        assertTrue(before.contains("action=\"/candidatures/" + id + "/motifs\""), before);
        Screenshots.take("motives-tag-button", before, 700);

        clock.set(Instant.parse("2027-07-10T08:00:00Z"));
        var post = MotiveFixtures.post("/test-only/motives-tag/" + id);
        String location = post.post("/candidatures/" + id + "/motifs").then().statusCode(303).extract().header("Location");
        String asked = given().get(location.replace("/candidatures/", "/test-only/motives-tag/").replace("#motifs", "")).then().statusCode(200)
                .extract().asString();
        assertTrue(asked.contains("Votre demande est enregistrée. La réponse vous sera donnée sur cette page au plus tard le 10 août 2027."), asked);
        assertTrue(asked.contains("Motifs détaillés demandés le 10 juillet 2027 ; réponse au plus tard le 10 août 2027."), asked);
        assertFalse(asked.contains("Demander les motifs détaillés"), "asked once, no button any more");
        Screenshots.take("motives-tag-requested", asked, 700);

        QuarkusTransaction.requiringNew().run(() -> {
            MotiveRequest r = MotiveRequest.of(id).orElseThrow();
            r.answer = "Votre projet de recherche\nne correspond pas aux thèmes de l’équipe.";
            r.answeredAt = Instant.parse("2027-07-20T08:00:00Z");
            r.answeredBy = "Responsable";
        });
        String answered = given().get("/test-only/motives-tag/" + id).then().statusCode(200).extract().asString();
        assertTrue(answered.contains("Réponse de l’équipe pédagogique, le 20 juillet 2027"), answered);
        assertTrue(answered.contains("ne correspond pas aux thèmes de l’équipe."), answered);
        assertFalse(answered.contains("Motifs détaillés demandés le"), answered);
        Screenshots.take("motives-tag-answered", answered, 700);
    }

    @Test
    @TestSecurity(user = "motives-tag-none", roles = "candidate")
    void theTagShowsNothingWhileNoRefusalIsPublished() {
        Long id = MotiveFixtures.refused("motives-tag-none", motive, null, false);
        String page = given().get("/test-only/motives-tag/" + id).then().statusCode(200).extract().asString();
        assertFalse(page.contains("id=\"motifs\""), page);
        assertFalse(requests.requestable(MotiveFixtures.application(id)));
    }
}
