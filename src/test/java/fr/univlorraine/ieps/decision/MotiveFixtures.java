package fr.univlorraine.ieps.decision;

import static io.restassured.RestAssured.given;

import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.application.ApplicationService;
import fr.univlorraine.ieps.application.Transition;
import fr.univlorraine.ieps.campaign.Level;
import fr.univlorraine.ieps.campaign.MutableClock;
import fr.univlorraine.ieps.kernel.Actor;
import fr.univlorraine.ieps.kernel.ActorRef;
import fr.univlorraine.ieps.kernel.AppClock;
import fr.univlorraine.ieps.review.ReviewFixtures;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decisions as the heads' publication leaves them, written directly: a dossier under review, its decision
 * row (published or draft) and the status the state machine gives it. The tests share one database: every
 * candidate and motive made here has a unique name, and test motives are retired so no page offers them.
 */
final class MotiveFixtures {

    private static final Pattern CSRF_INPUT = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    static final ActorRef HEAD = new ActorRef("head-test", "Responsable Test", Actor.HEAD);

    private MotiveFixtures() {
    }

    /** The demo campaign open, with a clock the test moves. */
    static MutableClock clock() {
        return ReviewFixtures.openCampaign();
    }

    static String unique(String prefix) {
        return ReviewFixtures.unique(prefix);
    }

    /** A retired motive with these labels: decisions may cite it, the heads are not offered it. */
    static Long motive(String labelFr, String labelEn) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var motive = new RefusalMotive();
            motive.labelFr = labelFr;
            motive.labelEn = labelEn;
            List<RefusalMotive> all = RefusalMotive.all();
            motive.position = all.isEmpty() ? 1 : all.get(all.size() - 1).position + 1;
            motive.active = false;
            motive.persist();
            return motive.id;
        });
    }

    /** A dossier of this candidate under review, with no decision yet. */
    static Long underReview(String subject) {
        return ReviewFixtures.underReview(subject, Level.M1, false);
    }

    /** A dossier refused with this motive: published (status REJECTED) or a draft (still under review). */
    static Long refused(String subject, Long motiveId, String motiveText, boolean published) {
        Long id = underReview(subject);
        decide(id, DecisionKind.REJECT, motiveId, motiveText, published);
        return id;
    }

    /** Writes the decision; a published one moves the dossier as the publication does. */
    static void decide(Long applicationId, DecisionKind kind, Long motiveId, String motiveText, boolean published) {
        ApplicationService applications = Arc.container().instance(ApplicationService.class).get();
        Instant now = Arc.container().instance(AppClock.class).get().now();
        QuarkusTransaction.requiringNew().run(() -> {
            Application app = Application.findById(applicationId);
            var decision = new Decision();
            decision.application = app;
            decision.kind = kind;
            decision.motive = motiveId == null ? null : RefusalMotive.findById(motiveId);
            decision.motiveText = motiveText;
            decision.waitlistRank = kind == DecisionKind.WAITLIST ? 1 : null;
            decision.preparedBy = HEAD.name();
            decision.preparedAt = now;
            if (published) {
                decision.publishedAt = now;
                applications.transition(app, kind.transition, HEAD,
                        kind == DecisionKind.REJECT ? decision.motive.labelFr : null);
            }
            decision.persist();
            if (published && kind == DecisionKind.ADMIT) {
                var offer = new Offer();
                offer.application = app;
                offer.trackId = app.track.id;
                offer.offeredAt = now;
                offer.deadline = now.plus(Duration.ofDays(8));
                offer.persist();
            }
        });
    }

    /** Moves a dossier on through the state machine, as its candidate or the secretariat would. */
    static void move(Long applicationId, Transition transition, Actor actor) {
        ApplicationService applications = Arc.container().instance(ApplicationService.class).get();
        QuarkusTransaction.requiringNew().run(() -> applications.transition(Application.findById(applicationId), transition,
                new ActorRef("someone", "Someone", actor), null));
    }

    static MotiveRequest request(Long applicationId) {
        return QuarkusTransaction.requiringNew().call(() -> MotiveRequest.of(applicationId).orElse(null));
    }

    static Application application(Long id) {
        return QuarkusTransaction.requiringNew().call(() -> Application.findById(id));
    }

    /** A request carrying the CSRF token and cookie of a page with a form that the test user may open. */
    static RequestSpecification post(String pageWithForm) {
        Response response = given().get(pageWithForm);
        Matcher token = CSRF_INPUT.matcher(response.asString());
        if (!token.find()) {
            throw new AssertionError("No CSRF token on " + pageWithForm + " (status " + response.statusCode() + ")");
        }
        // UTF-8, as browsers send forms of UTF-8 pages: RestAssured's default would turn ’ and œ into '?'
        return given().redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                
                .formParam("csrf-token", token.group(1));
    }
}
