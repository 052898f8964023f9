package fr.univlorraine.ieps.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.application.ApplicationEvent;
import fr.univlorraine.ieps.application.ApplicationStatus;
import fr.univlorraine.ieps.application.ResearchTheme;
import fr.univlorraine.ieps.campaign.Level;
import fr.univlorraine.ieps.campaign.MutableClock;
import fr.univlorraine.ieps.notification.ApplicationMail;
import fr.univlorraine.ieps.notification.OutboxMail;
import java.time.Duration;
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

    private MutableClock clock;

    @BeforeEach
    void campaign() {
        clock = ReviewFixtures.openCampaign();
    }

    /** A member of the team who never signed in: no login linked. */
    private static Long notSignedIn(String subject) {
        Long id = ReviewFixtures.member(subject);
        QuarkusTransaction.requiringNew().run(() -> TeamMember.<TeamMember>findById(id).accountSubject = null);
        return id;
    }

    private static long signInMails(String email) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMail.count("recipient = ?1 and kind = ?2", email,
                ApplicationMail.Kind.STAFF_SIGN_IN));
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
        String page = given().get(PAGE).asString();
        assertTrue(page.contains("Écart de charge"), "the page states the spread");
        Screenshots.take("assignments", page, 1800);
        Screenshots.takePhone("assignments-phone", page, 2400);
    }

    @Test
    @TestSecurity(user = "head-unlinked", roles = "head")
    void aMemberWhoNeverSignedInIsListedApartAndCannotBeAssignedEvenByAForgedForm() {
        Long dossier = ReviewFixtures.underReview(ReviewFixtures.unique("unlinked"), Level.M1, false);
        Long stranger = notSignedIn(ReviewFixtures.unique("stranger"));
        String page = given().get(PAGE).asString();
        assertFalse(page.contains("<option value=\"" + stranger + "\""), "not offered for a dossier");
        assertTrue(page.contains("id=\"membre-" + stranger + "\""), "listed with the members not yet signed in");
        assertTrue(page.contains("Pas encore connecté(e)s"));

        post().formParam("memberId", stranger).post(PAGE + "/dossiers/" + dossier).then().statusCode(409)
                .body(containsString("Ce membre ne s’est pas encore connecté"));
        assertTrue(reviewsOf(dossier).isEmpty(), "nothing written");
        // nor does the automatic assignment give them anything
        post().post(PAGE + "/auto").then().statusCode(303);
        assertTrue(reviewsOf(dossier).stream().noneMatch(r -> r.member.id.equals(stranger)));
    }

    @Test
    @TestSecurity(user = "head-anchor", roles = "head")
    void addingOrRemovingAReviewerComesBackToTheDossiersRow() {
        Long dossier = ReviewFixtures.underReview(ReviewFixtures.unique("anchor"), Level.M1, false);
        Long member = ReviewFixtures.member(ReviewFixtures.unique("anchored"));
        String added = post().formParam("memberId", member).post(PAGE + "/dossiers/" + dossier).then().statusCode(303)
                .extract().header("Location");
        assertTrue(added.endsWith("/responsable/affectations/M1?ok=assign_added#dossier-" + dossier), added);
        Long review = reviewsOf(dossier).get(0).id;
        String removed = post().post(PAGE + "/evaluations/" + review + "/retirer").then().statusCode(303)
                .extract().header("Location");
        assertTrue(removed.endsWith("?ok=assign_removed#dossier-" + dossier), removed);
        // the row the browser lands on, and the forms that swap it in place with JavaScript
        String page = given().get(PAGE).asString();
        assertTrue(page.contains("<tr id=\"dossier-" + dossier + "\">"));
        assertTrue(page.contains("data-swap"));
    }

    @Test
    @TestSecurity(user = "head-reminder", roles = "head")
    void aMemberWhoNeverSignedInIsRemindedAtMostOnceADay() {
        String subject = ReviewFixtures.unique("remind");
        Long stranger = notSignedIn(subject);
        String email = subject + "@univ.example";
        String back = post().post(PAGE + "/membres/" + stranger + "/rappel").then().statusCode(303).extract().header("Location");
        assertTrue(back.endsWith("?ok=reminder_sent#pas-connectes"), back);
        assertEquals(1, signInMails(email));
        assertEquals(clock.now(), QuarkusTransaction.requiringNew().call(() ->
                TeamMember.<TeamMember>findById(stranger).signInRemindedAt));

        clock.advance(Duration.ofHours(23));
        post().post(PAGE + "/membres/" + stranger + "/rappel").then().statusCode(409)
                .body(containsString("il y a moins de 24 heures"));
        assertEquals(1, signInMails(email), "no second mail within a day");
        String page = given().get(PAGE).asString();
        Screenshots.take("assignments-not-signed-in", page, 1800);

        clock.advance(Duration.ofHours(2));
        post().post(PAGE + "/membres/" + stranger + "/rappel").then().statusCode(303);
        assertEquals(2, signInMails(email));

        Long linked = ReviewFixtures.member(ReviewFixtures.unique("linked"));
        post().post(PAGE + "/membres/" + linked + "/rappel").then().statusCode(409)
                .body(containsString("s’est déjà connecté"));
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
