package fr.univlorraine.ieps.export;

import static io.restassured.RestAssured.given;

import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.application.ApplicationEvent;
import fr.univlorraine.ieps.application.ApplicationService;
import fr.univlorraine.ieps.application.ApplicationStatus;
import fr.univlorraine.ieps.application.EntryRoute;
import fr.univlorraine.ieps.application.Transition;
import fr.univlorraine.ieps.campaign.Level;
import fr.univlorraine.ieps.campaign.Track;
import fr.univlorraine.ieps.decision.Decision;
import fr.univlorraine.ieps.decision.DecisionKind;
import fr.univlorraine.ieps.kernel.Actor;
import fr.univlorraine.ieps.kernel.ActorRef;
import fr.univlorraine.ieps.kernel.AppClock;
import fr.univlorraine.ieps.review.ReviewFixtures;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dossiers in the states the decisions lead to, reached through the state machine with the right actors, as
 * the decision and offer services will make them: a waitlisted dossier has its published WAITLIST decision.
 * Names and e-mails carry a tag unique to the test, since all test classes share one database.
 */
final class ExportFixtures {

    private static final Pattern CSRF_INPUT = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    static final ActorRef HEAD = new ActorRef("head-exports", "Responsable Exports", Actor.HEAD);
    static final ActorRef SECRETARIAT = new ActorRef("sec-exports", "Scolarité Exports", Actor.SECRETARIAT);

    private ExportFixtures() {
    }

    /** Identity given to a dossier; {@code tag} goes into the e-mail so that a test finds its own rows. */
    record Person(String lastName, String firstName, String phone, EntryRoute route, boolean vap) {
    }

    static String tag(String prefix) {
        return ReviewFixtures.unique(prefix).toLowerCase();
    }

    static String email(String tag, int n) {
        return "c" + n + "." + tag + "@example.fr";
    }

    /** A dossier of the track that ends in {@code target} (from UNDER_REVIEW: ADMITTED, WAITLISTED, REJECTED, ACCEPTED, ENROLLED). */
    static Long dossier(Level level, String email, Person person, ApplicationStatus target) {
        String subject = ReviewFixtures.unique("exp");
        Long id = target == ApplicationStatus.DRAFT ? draft(subject, level) : ReviewFixtures.underReview(subject, level, false);
        QuarkusTransaction.requiringNew().run(() -> {
            Application app = Application.findById(id);
            app.lastName = person.lastName();
            app.firstName = person.firstName();
            app.email = email;
            app.phone = person.phone();
            app.entryRoute = person.route();
            app.vap = person.vap();
            if (target == ApplicationStatus.DRAFT) {
                return;
            }
            app.submittedAt = app.createdAt;
            switch (target) {
                case UNDER_REVIEW -> { }
                case ADMITTED -> move(app, Transition.ADMIT, HEAD);
                case REJECTED -> move(app, Transition.REJECT, HEAD, "Projet insuffisant");
                case WAITLISTED -> {
                    move(app, Transition.WAITLIST, HEAD);
                    publishWaitlistDecision(app);
                }
                case ACCEPTED -> {
                    move(app, Transition.ADMIT, HEAD);
                    move(app, Transition.ACCEPT, candidate(app));
                }
                case ENROLLED -> {
                    move(app, Transition.ADMIT, HEAD);
                    move(app, Transition.ACCEPT, candidate(app));
                    move(app, Transition.ENROL, SECRETARIAT);
                }
                default -> throw new IllegalArgumentException("no fixture path to " + target);
            }
        });
        return id;
    }

    private static Long draft(String subject, Level level) {
        Track track = ReviewFixtures.track(level);
        return Arc.container().instance(ApplicationService.class).get().create(new ActorRef(subject, subject, Actor.CANDIDATE),
                subject + "@example.fr", track.id, EntryRoute.INITIALE, false, "fr").id;
    }

    private static ActorRef candidate(Application app) {
        return new ActorRef(app.candidateSubject, app.firstName, Actor.CANDIDATE);
    }

    private static void move(Application app, Transition transition, ActorRef actor) {
        move(app, transition, actor, null);
    }

    private static void move(Application app, Transition transition, ActorRef actor, String reason) {
        Arc.container().instance(ApplicationService.class).get().transition(app, transition, actor, reason);
    }

    /** The decision the heads published: next position after every waitlist rank the track already has. */
    private static void publishWaitlistDecision(Application app) {
        Integer last = Decision.getEntityManager().createQuery(
                "select max(d.waitlistRank) from Decision d where d.application.track.id = ?1", Integer.class)
                .setParameter(1, app.track.id).getSingleResult();
        var now = Arc.container().instance(AppClock.class).get().now();
        var d = new Decision();
        d.application = app;
        d.kind = DecisionKind.WAITLIST;
        d.waitlistRank = (last == null ? 0 : last) + 1;
        d.preparedBy = HEAD.name();
        d.preparedAt = now;
        d.publishedAt = now;
        d.persist();
    }

    /** An open offer for an admitted dossier, made at {@code offeredAt}, to be answered by {@code deadline}. */
    static void offer(Long id, java.time.Instant offeredAt, java.time.Instant deadline) {
        QuarkusTransaction.requiringNew().run(() -> {
            Application app = Application.findById(id);
            var offer = new fr.univlorraine.ieps.decision.Offer();
            offer.application = app;
            offer.trackId = app.track.id;
            offer.offeredAt = offeredAt;
            offer.deadline = deadline;
            offer.persist();
        });
    }

    static Application reload(Long id) {
        return QuarkusTransaction.requiringNew().call(() -> Application.<Application>find(
                "from Application a join fetch a.track t join fetch t.campaign where a.id = ?1", id).firstResult());
    }

    static List<ApplicationEvent> history(Long id) {
        return QuarkusTransaction.requiringNew().call(() -> ApplicationEvent.history(Application.findById(id)));
    }

    /** A form post with the CSRF token and cookie of a page the current user may open. */
    static RequestSpecification post(String page) {
        var response = given().get(page);
        Matcher token = CSRF_INPUT.matcher(response.asString());
        if (!token.find()) {
            throw new AssertionError("No CSRF token on " + page + " (status " + response.statusCode() + ")");
        }
        return given().redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", token.group(1));
    }
}
