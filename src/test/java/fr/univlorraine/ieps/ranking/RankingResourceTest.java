package fr.univlorraine.ieps.ranking;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.univlorraine.ieps.campaign.Level;
import fr.univlorraine.ieps.campaign.Track;
import fr.univlorraine.ieps.review.Recommendation;
import fr.univlorraine.ieps.review.ReviewFixtures;
import fr.univlorraine.ieps.web.Screenshots;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The heads rank a track: score order, flags, explicit moves with a reason, a log the committee reads. */
@QuarkusTest
class RankingResourceTest {

    private static final Pattern CSRF_INPUT = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    @Inject
    RankingService ranking;

    @BeforeEach
    void campaign() {
        ReviewFixtures.openCampaign();
    }

    private static RequestSpecification post(String page) {
        var response = given().get(page);
        Matcher token = CSRF_INPUT.matcher(response.asString());
        assertTrue(token.find(), response.asString());
        return given().redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", token.group(1));
    }

    /** A dossier of M2 under review with submitted reviews of these scores (out of 20). */
    private static Long dossier(Recommendation recommendation, String... scores) {
        Long id = ReviewFixtures.underReview(ReviewFixtures.unique("rank"), Level.M2, false);
        for (String score : scores) {
            Long member = ReviewFixtures.member(ReviewFixtures.unique("rk"));
            ReviewFixtures.score(ReviewFixtures.submitted(id, member, recommendation, "ok", 2), score);
        }
        return id;
    }

    private Map<Long, BoardRow> board() {
        Track m2 = ReviewFixtures.track(Level.M2);
        return ranking.wholeBoard(m2).rows().stream().collect(Collectors.toMap(BoardRow::applicationId, r -> r));
    }

    @Test
    @TestSecurity(user = "head-board", roles = "head")
    void theBoardFollowsTheMeanScoreAndFlagsDisagreementAndMissingReviews() {
        Long a = dossier(Recommendation.ADMIT, "16.00", "12.00");      // mean 14.00, spread 4.00: not above 4
        Long b = dossier(Recommendation.REJECT, "18.00", "9.00");      // mean 13.50, spread 9.00: disagreement
        Long c = dossier(Recommendation.WAITLIST, "15.00");            // mean 15.00 but a review is still pending
        ReviewFixtures.assign(c, ReviewFixtures.member(ReviewFixtures.unique("late")));
        Map<Long, BoardRow> rows = board();
        assertTrue(rows.get(c).rank() < rows.get(a).rank() && rows.get(a).rank() < rows.get(b).rank(), rows.toString());
        assertEquals("14.00", rows.get(a).mean().toPlainString());
        assertEquals("4.00", rows.get(a).spread().toPlainString());
        assertTrue(!rows.get(a).disagreement() && rows.get(b).disagreement());
        assertTrue(rows.get(c).missingReviews() && !rows.get(a).missingReviews());
        assertEquals(2, rows.get(a).admit());
        assertEquals(2, rows.get(b).reject());
        // every criterion was scored 2 by every review
        assertTrue(rows.get(a).criterionMeans().stream().allMatch(m -> m.toPlainString().equals("2.0")), rows.get(a).toString());

        String html = given().get("/classement/M2").then().statusCode(200)
                .body(containsString("14,00"), containsString("Désaccord"), containsString("évaluation(s) attendue(s)"))
                .extract().asString();
        Board whole = ranking.wholeBoard(ReviewFixtures.track(Level.M2));
        assertTrue(html.contains(whole.total() >= whole.placesLeft() ? "places restantes s’arrêtent ici" : "tiennent dans les"));
        Screenshots.take("ranking-board", html, 1600);
    }

    @Test
    @TestSecurity(user = "head-reason", roles = "head")
    void aMoveWithoutAReasonIsRefusedAndNothingMoves() {
        Long low = dossier(Recommendation.ADMIT, "5.10");
        BoardRow before = board().get(low);
        long changes = QuarkusTransaction.requiringNew().call(() -> RankChange.count());
        long positions = QuarkusTransaction.requiringNew().call(() -> RankPosition.count());
        String asked = before.rank() == 1 ? "2" : "1";  // another rank than the dossier's
        String html = post("/classement/M2").formParam("applicationId", low).formParam("from", before.rank()).formParam("to", asked)
                .formParam("reason", "   ").post("/classement/M2/deplacer").then().statusCode(409)
                .body(containsString("Indiquez la raison de ce déplacement")).extract().asString();
        // the form comes back with the rank asked for: adding the reason alone then makes the move the head meant
        assertTrue(Pattern.compile("id=\"to-" + low + "\"[^>]*value=\"" + asked + "\"").matcher(html).find(), html);
        assertEquals(before.rank(), board().get(low).rank());
        assertEquals(changes, QuarkusTransaction.requiringNew().call(() -> RankChange.count()));
        assertEquals(positions, QuarkusTransaction.requiringNew().call(() -> RankPosition.count()));
        assertEquals(0, rankMoves(low));
    }

    @Test
    @TestSecurity(user = "head-move", roles = "head")
    void aMoveWithAReasonHoldsAndIsLogged() {
        Long first = dossier(Recommendation.ADMIT, "19.90");
        Long second = dossier(Recommendation.ADMIT, "19.80");
        Map<Long, BoardRow> rows = board();
        int firstRank = rows.get(first).rank();
        assertEquals(firstRank + 1, rows.get(second).rank());
        post("/classement/M2").formParam("applicationId", second).formParam("from", firstRank + 1).formParam("to", firstRank)
                .formParam("reason", "Projet de recherche mieux encadrable (thème vieillissement).")
                .post("/classement/M2/deplacer").then().statusCode(303);
        assertEquals(1, rankMoves(second), "the move is one line of the audit trail");
        rows = board();
        assertEquals(firstRank, rows.get(second).rank());
        assertEquals(firstRank + 1, rows.get(first).rank());
        assertTrue(rows.get(second).decided());
        RankChange logged = QuarkusTransaction.requiringNew().call(() -> RankChange.<RankChange>find(
                "applicationId = ?1", second).firstResult());
        assertEquals("Projet de recherche mieux encadrable (thème vieillissement).", logged.reason);
        assertEquals(firstRank + 1, logged.fromPosition);
        assertEquals(firstRank, logged.toPosition);

        // a move from a rank the head no longer sees is refused: someone else changed the board
        post("/classement/M2").formParam("applicationId", second).formParam("from", firstRank + 1).formParam("to", firstRank + 1)
                .formParam("reason", "Erreur").post("/classement/M2/deplacer").then().statusCode(409)
                .body(containsString("Le classement a changé"));
        assertEquals(firstRank, board().get(second).rank());
        assertEquals(1, rankMoves(second), "a refused move is no line of the audit trail");
    }

    @Test
    @TestSecurity(user = "head-tie", roles = "head")
    void equalMeansAreATieUntilAHeadDecides() {
        Long one = dossier(Recommendation.ADMIT, "17.37");
        Long two = dossier(Recommendation.ADMIT, "17.37");
        Map<Long, BoardRow> rows = board();
        assertTrue(rows.get(one).tie() && rows.get(two).tie());
        BoardRow upper = rows.get(one).rank() < rows.get(two).rank() ? rows.get(one) : rows.get(two);
        // confirming the upper one at its rank, with a reason, settles the tie
        post("/classement/M2").formParam("applicationId", upper.applicationId()).formParam("from", upper.rank())
                .formParam("to", upper.rank()).formParam("reason", "Expérience de terrain plus longue.")
                .post("/classement/M2/deplacer").then().statusCode(303);
        rows = board();
        assertTrue(!rows.get(one).tie() && !rows.get(two).tie());
    }

    @Test
    @TestSecurity(user = "rev-log", roles = "reviewer")
    void theCommitteeReadsTheLogButNotTheBoardControls() {
        given().get("/classement/M2/journal").then().statusCode(200).body(containsString("Journal du classement"));
        given().get("/classement/M2").then().statusCode(403);
    }


    @Test
    @TestSecurity(user = "head-api", roles = "head")
    void theBoardIsAlsoServedAsJson() {
        Long top = dossier(Recommendation.ADMIT, "19.99", "19.97");
        String reference = QuarkusTransaction.requiringNew().call(() -> fr.univlorraine.ieps.application.Application
                .<fr.univlorraine.ieps.application.Application>findById(top).reference);
        int rank = board().get(top).rank();
        var json = given().accept("application/json").get("/api/tracks/M2/ranking").then().statusCode(200).extract().jsonPath();
        assertEquals("M2", json.getString("level"));
        assertEquals(reference, json.getString("rows[" + (rank - 1) + "].reference"));
        assertEquals(19.98f, json.getFloat("rows[" + (rank - 1) + "].mean"));
        assertEquals(2, json.getInt("rows[" + (rank - 1) + "].submittedReviews"));
        given().accept("application/json").get("/api/tracks/M9/ranking").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "sec-api", roles = "secretariat")
    void theJsonBoardIsForHeadsOnly() {
        given().accept("application/json").get("/api/tracks/M2/ranking").then().statusCode(403);
    }

    private static long rankMoves(Long applicationId) {
        return QuarkusTransaction.requiringNew().call(() -> fr.univlorraine.ieps.audit.AuditEvent.count(
                "action = 'RANK_MOVED' and applicationId = ?1", applicationId));
    }
}
