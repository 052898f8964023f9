package fr.univlorraine.ieps.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.application.ApplicationEvent;
import fr.univlorraine.ieps.application.ApplicationStatus;
import fr.univlorraine.ieps.application.ResearchTheme;
import fr.univlorraine.ieps.campaign.Level;
import fr.univlorraine.ieps.web.Screenshots;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The heads open review and give each dossier its reviewers; the rules hold whatever the form says. */
@QuarkusTest
class AssignmentResourceTest {

    private static final Pattern CSRF_INPUT = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    private static final String PAGE = "/responsable/affectations/M1";

    @BeforeEach
    void campaign() {
        ReviewFixtures.openCampaign();
    }

    private static RequestSpecification post() {
        var response = given().get(PAGE);
        Matcher token = CSRF_INPUT.matcher(response.asString());
        assertTrue(token.find(), response.asString());
        return given().redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", token.group(1));
    }

    private static List<Review> reviewsOf(Long applicationId) {
        return QuarkusTransaction.requiringNew().call(() -> Review.<Review>list(
                "from Review r join fetch r.member where r.application.id = ?1", applicationId));
    }

    @Test
    @TestSecurity(user = "head-open", roles = "head")
    void openingReviewMovesEveryCompleteDossierAndRecordsIt() {
        Long id = ReviewFixtures.underReview(ReviewFixtures.unique("open"), Level.M1, false);
        QuarkusTransaction.requiringNew().run(() -> Application.<Application>findById(id).status = ApplicationStatus.COMPLETE);
        given().get(PAGE).then().statusCode(200).body(containsString("Ouvrir l’évaluation de"));
        post().post(PAGE + "/ouvrir").then().statusCode(303);
        assertEquals(ApplicationStatus.UNDER_REVIEW, QuarkusTransaction.requiringNew().call(() -> Application.<Application>findById(id).status));
        assertEquals(1, QuarkusTransaction.requiringNew().call(() -> ApplicationEvent.count(
                "application.id = ?1 and toStatus = ?2", id, ApplicationStatus.UNDER_REVIEW)));
    }

    @Test
    @TestSecurity(user = "head-auto", roles = "head")
    void automaticAssignmentGivesEachDossierItsReviewersAndPrefersMatchingThemes() {
        Long expert = ReviewFixtures.member(ReviewFixtures.unique("expert"), ResearchTheme.ADDICTIONS);
        Long dossier = ReviewFixtures.underReview(ReviewFixtures.unique("auto"), Level.M1, false, ResearchTheme.ADDICTIONS);
        post().post(PAGE + "/auto").then().statusCode(303);
        List<Review> reviews = reviewsOf(dossier);
        int wanted = QuarkusTransaction.requiringNew().call(() -> ReviewFixtures.track(Level.M1).campaign.reviewersPerDossier);
        assertEquals(wanted, reviews.size());
        assertTrue(reviews.stream().allMatch(r -> r.automatic && r.status == ReviewStatus.ASSIGNED));
        assertTrue(reviews.stream().anyMatch(r -> r.member.id.equals(expert)), "the member whose themes match reads it");
        // running it again adds nobody
        post().post(PAGE + "/auto").then().statusCode(303);
        assertEquals(wanted, reviewsOf(dossier).size());
        Screenshots.take("assignments", given().get(PAGE).asString(), 1800);
    }

    @Test
    @TestSecurity(user = "head-manual", roles = "head")
    void aConflictedFullOrAlreadyAssignedMemberIsRefusedByHand() {
        Long dossier = ReviewFixtures.underReview(ReviewFixtures.unique("manual"), Level.M1, false);
        Long conflicted = ReviewFixtures.member(ReviewFixtures.unique("conflicted"));
        Long reviewId = ReviewFixtures.assign(dossier, conflicted);
        QuarkusTransaction.requiringNew().run(() -> {
            Review r = Review.findById(reviewId);
            r.status = ReviewStatus.CONFLICT;
            r.conflictReason = "Sa directrice de stage";
        });
        given().get(PAGE).then().statusCode(200).body(containsString("Sa directrice de stage"));
        post().formParam("memberId", conflicted).post(PAGE + "/dossiers/" + dossier).then().statusCode(409)
                .body(containsString("a déclaré un conflit d’intérêts"));

        Long busy = ReviewFixtures.member(ReviewFixtures.unique("busy"));
        QuarkusTransaction.requiringNew().run(() -> TeamMember.<TeamMember>findById(busy).maxDossiers = 0);
        post().formParam("memberId", busy).post(PAGE + "/dossiers/" + dossier).then().statusCode(409)
                .body(containsString("nombre maximal de dossiers"));

        Long free = ReviewFixtures.member(ReviewFixtures.unique("free"));
        post().formParam("memberId", free).post(PAGE + "/dossiers/" + dossier).then().statusCode(303);
        post().formParam("memberId", free).post(PAGE + "/dossiers/" + dossier).then().statusCode(409)
                .body(containsString("évalue déjà ce dossier"));
        post().formParam("memberId", "abc").post(PAGE + "/dossiers/" + dossier).then().statusCode(409);
        assertEquals(2, reviewsOf(dossier).size(), "only the free member was added next to the conflict");

        // a conflict stays on record; a pending assignment can be removed
        post().post(PAGE + "/evaluations/" + reviewId + "/retirer").then().statusCode(409);
        Long added = reviewsOf(dossier).stream().filter(r -> r.member.id.equals(free)).findFirst().orElseThrow().id;
        post().post(PAGE + "/evaluations/" + added + "/retirer").then().statusCode(303);
        assertEquals(1, reviewsOf(dossier).size());
    }

    @Test
    @TestSecurity(user = "head-other-track", roles = "head")
    void aDossierOfAnotherTrackIsNotFoundOnThisPage() {
        Long m2 = ReviewFixtures.underReview(ReviewFixtures.unique("m2"), Level.M2, false);
        Long member = ReviewFixtures.member(ReviewFixtures.unique("m2m"));
        post().formParam("memberId", member).post(PAGE + "/dossiers/" + m2).then().statusCode(404);
        given().get("/responsable/affectations/M3").then().statusCode(404);
        assertTrue(reviewsOf(m2).isEmpty());
    }
}
