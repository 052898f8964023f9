package fr.univlorraine.ieps.review;

import fr.univlorraine.ieps.TestIds;
import static io.restassured.RestAssured.given;

import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.application.ApplicationStatus;
import fr.univlorraine.ieps.application.EntryRoute;
import fr.univlorraine.ieps.campaign.Campaign;
import fr.univlorraine.ieps.campaign.DemoData;
import fr.univlorraine.ieps.campaign.Level;
import fr.univlorraine.ieps.campaign.Track;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Set-up shared by the admin tests of the team and the rubric. The tests share one database with every
 * other test class: what they create has unique values and is removed (or left inactive) afterwards.
 */
final class AdminFixtures {

    private static final Pattern CSRF_INPUT = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private AdminFixtures() {
    }

    /** The latest campaign, the one the admin pages edit (the demo campaign, created on first use). */
    static Campaign campaign() {
        return QuarkusTransaction.requiringNew().call(() -> {
            if (Campaign.count() == 0) {
                Arc.container().instance(DemoData.class).get().createDemoCampaign();
            }
            return Campaign.latest();
        });
    }

    /** A request carrying the CSRF token and cookie of a page the test user may open. */
    static RequestSpecification post(String page) {
        Response response = given().get(page);
        Matcher token = CSRF_INPUT.matcher(response.asString());
        if (!token.find()) {
            throw new AssertionError("No CSRF token on " + page + " (status " + response.statusCode() + ")");
        }
        return given().redirects().follow(false)
                .formParam("csrf-token", token.group(1));
    }

    static String unique(String prefix) {
        return TestIds.unique(prefix);
    }

    /** A member created directly, linked to a login account when subject is given. */
    static Long member(String name, String email, String subject, boolean active) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var member = new TeamMember();
            member.fullName = name;
            member.email = TeamMember.normalise(email);
            member.accountSubject = subject;
            member.maxDossiers = 10;
            member.active = active;
            member.persist();
            return member.id;
        });
    }

    static TeamMember reload(Long memberId) {
        return QuarkusTransaction.requiringNew().call(() -> TeamMember.byIdWithThemes(memberId).orElse(null));
    }

    /** A review of a fresh M1 dossier under review of the latest campaign, by this member, in this status. */
    static Long review(Long memberId, ReviewStatus status) {
        Long campaignId = campaign().id;
        return QuarkusTransaction.requiringNew().call(() -> {
            Track track = Track.find("campaign.id = ?1 and level = ?2", campaignId, Level.M1).firstResult();
            Instant now = Instant.now();
            var app = new Application();
            app.track = track;
            app.candidateSubject = unique("admin-test-");
            app.status = ApplicationStatus.UNDER_REVIEW;
            app.liveTrackId = track.id;
            app.entryRoute = EntryRoute.INITIALE;
            app.createdAt = now;
            app.updatedAt = now;
            app.persist();
            var review = new Review();
            review.application = app;
            review.member = TeamMember.findById(memberId);
            review.status = status;
            review.assignedAt = now;
            review.assignedBy = "test";
            review.updatedAt = now;
            if (status == ReviewStatus.SUBMITTED) {
                review.submittedAt = now;
                review.score = new java.math.BigDecimal("12.00");
            }
            review.persist();
            return review.id;
        });
    }

    /** Removes a review made by {@link #review} and its dossier. */
    static void deleteReview(Long reviewId) {
        QuarkusTransaction.requiringNew().run(() -> {
            Review review = Review.findById(reviewId);
            Application app = review.application;
            review.delete();
            app.delete();
        });
    }

    static void deleteMember(Long memberId) {
        QuarkusTransaction.requiringNew().run(() -> TeamMember.deleteById(memberId));
    }

    /** The text as Qute escapes it in an HTML page. */
    static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
