package fr.univlorraine.ieps.ranking;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.univlorraine.ieps.campaign.Level;
import fr.univlorraine.ieps.campaign.Track;
import fr.univlorraine.ieps.review.Recommendation;
import fr.univlorraine.ieps.review.Review;
import fr.univlorraine.ieps.review.ReviewFixtures;
import fr.univlorraine.ieps.review.ReviewStatus;
import fr.univlorraine.ieps.web.Screenshots;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The minutes of the committee: refused while ties remain, then frozen with members, conflicts, ranking and log. */
@QuarkusTest
class MinutesResourceTest {

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

    private static Long scored(String score) {
        Long id = ReviewFixtures.underReview(ReviewFixtures.unique("pv"), Level.M1, false);
        Long member = ReviewFixtures.member(ReviewFixtures.unique("pvm"));
        ReviewFixtures.score(ReviewFixtures.submitted(id, member, Recommendation.ADMIT, "ok", 3), score);
        return id;
    }

    @Test
    @TestSecurity(user = "head-pv", roles = "head")
    void minutesAreRefusedWhileTiesRemainThenFrozenWithEverythingTheCommitteeDecided() throws Exception {
        Track m1 = ReviewFixtures.track(Level.M1);
        Long a = scored("18.88");
        Long b = scored("18.88");
        Long conflicted = ReviewFixtures.underReview(ReviewFixtures.unique("pvc"), Level.M1, false);
        Long member = ReviewFixtures.member(ReviewFixtures.unique("pvconf"));
        Long reviewId = ReviewFixtures.assign(conflicted, member);
        QuarkusTransaction.requiringNew().run(() -> {
            Review r = Review.findById(reviewId);
            r.status = ReviewStatus.CONFLICT;
            r.conflictReason = "Ancienne collègue au CCAS";
        });
        long meetings = QuarkusTransaction.requiringNew().call(() -> CommitteeMeeting.count());

        // a tie: refused, nothing written
        post("/classement/M1/pv").formParam("heldOn", "2027-05-12").formParam("memberId", member)
                .post("/classement/M1/pv").then().statusCode(409).body(containsString("encore ex æquo"));
        assertEquals(meetings, QuarkusTransaction.requiringNew().call(() -> CommitteeMeeting.count()));

        // no member ticked, bad date: field errors
        post("/classement/M1/pv").formParam("heldOn", "12/05/2027").post("/classement/M1/pv").then().statusCode(400)
                .body(containsString("Cochez au moins un membre présent"), containsString("Saisissez une date valide"));

        // settle every tie of the track (other tests may have left some), with a reason
        while (ranking.wholeBoard(m1).ties() > 0) {
            BoardRow tied = ranking.wholeBoard(m1).rows().stream().filter(BoardRow::tie).findFirst().orElseThrow();
            post("/classement/M1").formParam("applicationId", tied.applicationId()).formParam("from", tied.rank())
                    .formParam("to", tied.rank()).formParam("reason", "Départagé en comité : projet plus abouti.")
                    .post("/classement/M1/deplacer").then().statusCode(303);
        }
        String page = post("/classement/M1/pv").formParam("heldOn", "2027-05-12").formParam("memberId", member)
                .formParam("otherAttendees", "Mme Invitée, partenaire associatif").post("/classement/M1/pv").then()
                .statusCode(303).extract().header("Location");
        String html = given().get(page).then().statusCode(200).body(containsString("Procès-verbal du 12 mai 2027")).extract().asString();
        Screenshots.take("minutes-page", html, 1300);
        CommitteeMeeting meeting = QuarkusTransaction.requiringNew().call(() -> CommitteeMeeting.<CommitteeMeeting>find(
                "trackId = ?1 order by id desc", m1.id).firstResult());
        long downloads = QuarkusTransaction.requiringNew().call(() -> fr.univlorraine.ieps.audit.AuditEvent.count(
                "action = 'DOWNLOAD_MINUTES' and detail = ?1", "pv-comite-M1-" + meeting.heldOn + ".pdf"));
        byte[] pdf = given().get("/classement/M1/pv/" + meeting.id).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        assertEquals(downloads + 1, QuarkusTransaction.requiringNew().call(() -> fr.univlorraine.ieps.audit.AuditEvent.count(
                "action = 'DOWNLOAD_MINUTES' and detail = ?1", "pv-comite-M1-" + meeting.heldOn + ".pdf")),
                "the download is one line of the audit trail");
        String ref = QuarkusTransaction.requiringNew().call(() -> fr.univlorraine.ieps.application.Application
                .<fr.univlorraine.ieps.application.Application>findById(a).reference);
        String refB = QuarkusTransaction.requiringNew().call(() -> fr.univlorraine.ieps.application.Application
                .<fr.univlorraine.ieps.application.Application>findById(b).reference);
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(text.contains("Procès-verbal du comité de sélection"), text);
            assertTrue(text.contains("12 mai 2027"), text);
            assertTrue(text.contains("Membre pvconf") && text.contains("Mme Invitée"), "members present");
            assertTrue(text.contains("Ancienne collègue au CCAS"), "declared conflicts");
            assertTrue(text.contains(ref) && text.contains(refB) && text.contains("18,88"), "ranked list with scores: " + text);
            assertTrue(text.contains("Départagé en comité"), "rank-change log");
        }
        // another head's dossier number in the URL of another track: 404
        given().get("/classement/M2/pv/" + meeting.id).then().statusCode(404);
    }
}
