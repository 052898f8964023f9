package fr.univlorraine.ieps.workspace;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.univlorraine.ieps.FormPost;
import fr.univlorraine.ieps.audit.AuditEvent;
import fr.univlorraine.ieps.campaign.Level;
import fr.univlorraine.ieps.ranking.BoardRow;
import fr.univlorraine.ieps.ranking.RankingService;
import fr.univlorraine.ieps.review.Recommendation;
import fr.univlorraine.ieps.review.ReviewFixtures;
import fr.univlorraine.ieps.web.Screenshots;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The committee steps through the board: previous and next follow the board's rank order, the reviews stand side by
 * side with the disagreement flagged, and a move made from the committee page comes back to it.
 */
@QuarkusTest
class CommitteeModeTest {

    @Inject
    RankingService ranking;

    @BeforeEach
    void campaign() {
        ReviewFixtures.openCampaign();
    }

    /** A dossier of M2 under review with submitted reviews of these scores (out of 20), each with its comment. */
    private static Long dossier(String... scores) {
        Long id = ReviewFixtures.underReview(ReviewFixtures.unique("seance"), Level.M2, false);
        for (String score : scores) {
            Long member = ReviewFixtures.member(ReviewFixtures.unique("sc"));
            ReviewFixtures.score(ReviewFixtures.submitted(id, member, Recommendation.ADMIT, "Commentaire " + score, 2), score);
        }
        return id;
    }

    private List<BoardRow> board() {
        return ranking.wholeBoard(ReviewFixtures.track(Level.M2)).rows();
    }

    private int index(List<BoardRow> rows, Long id) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).applicationId().equals(id)) {
                return i;
            }
        }
        throw new AssertionError("not on the board: " + id);
    }

    @Test
    @TestSecurity(user = "seance-head", roles = "head")
    void previousAndNextFollowTheBoardAndTheReviewsStandSideBySide() {
        Long split = dossier("18.00", "6.00");     // spread 12: the reviewers disagree
        dossier("12.10");
        List<BoardRow> rows = board();
        int i = index(rows, split);
        assertTrue(i > 0 && i < rows.size() - 1, "the dossier has neighbours on the board");
        long audited = QuarkusTransaction.requiringNew().call(() -> AuditEvent.count(
                "applicationId = ?1 and actorSubject = 'seance-head' and detail = 'committee'", split));
        String html = given().get("/dossiers/" + split + "/seance").then().statusCode(200)
                .body(containsString("rel=\"prev\" data-step-key=\"ArrowLeft\" href=\"/dossiers/" + rows.get(i - 1).applicationId() + "/seance\""),
                        containsString("rel=\"next\" data-step-key=\"ArrowRight\" href=\"/dossiers/" + rows.get(i + 1).applicationId() + "/seance\""),
                        containsString("Rang " + (i + 1) + " sur " + rows.size()),
                        containsString("class=\"side-by-side disagreement\""), containsString("Commentaire 18.00"),
                        containsString("Commentaire 6.00"), containsString("Désaccord"),
                        containsString("name=\"retour\" value=\"seance\""), containsString("action=\"/classement/M2/deplacer\""))
                .extract().asString();
        assertEquals(audited + 1, QuarkusTransaction.requiringNew().call(() -> AuditEvent.count(
                "applicationId = ?1 and actorSubject = 'seance-head' and detail = 'committee'", split)));
        Screenshots.take("workspace-committee", html, 1400);
        Screenshots.takePhone("workspace-committee-phone", html, 1800);
        // the first dossier has no previous one, the last no next one
        given().get("/dossiers/" + rows.get(0).applicationId() + "/seance").then().statusCode(200)
                .body(not(containsString("rel=\"prev\"")), containsString("rel=\"next\""));
        given().get("/dossiers/" + rows.get(rows.size() - 1).applicationId() + "/seance").then().statusCode(200)
                .body(containsString("rel=\"prev\""), not(containsString("rel=\"next\"")));
        given().cookie("ieps-lang", "en").get("/dossiers/" + split + "/seance").then().statusCode(200)
                .body(containsString("Next dossier"), containsString("Weighted score"), containsString("Rank " + (i + 1) + " of "));
    }

    @Test
    @TestSecurity(user = "seance-mover", roles = "head")
    void aMoveFromTheCommitteePageComesBackToIt() {
        Long first = dossier("19.96");
        Long second = dossier("19.95");
        List<BoardRow> rows = board();
        int rank = index(rows, second) + 1;
        assertEquals(index(rows, first) + 2, rank);
        String page = "/dossiers/" + second + "/seance";
        FormPost.from(page).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("applicationId", second).formParam("from", rank).formParam("to", rank - 1)
                .formParam("reason", "Projet mieux encadrable.").formParam("retour", "seance")
                .post("/classement/M2/deplacer").then().statusCode(303)
                .header("Location", endsWith("/dossiers/" + second + "/seance?ok=rank_moved"));
        rows = board();
        assertEquals(rank - 1, index(rows, second) + 1);
        given().get(page + "?ok=rank_moved").then().statusCode(200)
                .body(containsString("Dossier déplacé"), containsString("Rang " + (rank - 1) + " sur"),
                        containsString("Projet mieux encadrable."));
        // a refused move (no reason) changes nothing and shows the error with the rank typed, as from the board
        int moved = rank - 1;
        FormPost.from(page).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("applicationId", second).formParam("from", moved).formParam("to", moved + 1)
                .formParam("reason", " ").formParam("retour", "seance")
                .post("/classement/M2/deplacer").then().statusCode(409)
                .body(containsString("Indiquez la raison de ce déplacement"));
        assertEquals(moved, index(board(), second) + 1);
        // any other way back is the board, never an address taken from the form
        int now = rank - 1;
        FormPost.from(page).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("applicationId", second).formParam("from", now).formParam("to", now + 1)
                .formParam("reason", "Retour au rang initial.").formParam("retour", "https://example.org/")
                .post("/classement/M2/deplacer").then().statusCode(303)
                .header("Location", containsString("/classement/M2?page="));
    }

    @Test
    @TestSecurity(user = "seance-secretariat", roles = "secretariat")
    void theCommitteePageIsTheHeadsAlone() {
        Long id = dossier("10.00");
        given().redirects().follow(false).get("/dossiers/" + id + "/seance").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "seance-head-404", roles = "head")
    void aDossierOffTheBoardHasNoCommitteePage() {
        Long id = dossier("10.00");
        QuarkusTransaction.requiringNew().run(() -> fr.univlorraine.ieps.application.Application
                .<fr.univlorraine.ieps.application.Application>findById(id).status
                = fr.univlorraine.ieps.application.ApplicationStatus.COMPLETE);
        given().get("/dossiers/" + id + "/seance").then().statusCode(404);
        given().get("/dossiers/" + id).then().statusCode(200).body(not(containsString("Mode séance")));
    }
}
