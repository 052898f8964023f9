package fr.univlorraine.ieps.decision;

import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.application.ApplicationStatus;
import fr.univlorraine.ieps.application.EntryRoute;
import fr.univlorraine.ieps.campaign.Campaign;
import fr.univlorraine.ieps.campaign.CampaignCreated;
import fr.univlorraine.ieps.campaign.DemoData;
import fr.univlorraine.ieps.campaign.Level;
import fr.univlorraine.ieps.campaign.MutableClock;
import fr.univlorraine.ieps.campaign.Track;
import fr.univlorraine.ieps.kernel.AppClock;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import static io.restassured.RestAssured.given;

/**
 * A campaign of the decision tests' own. While a test runs it is the latest campaign, so its tracks are
 * the "current" ones the pages use, and nobody else's dossiers share its places; afterwards it is moved
 * to the past so the other tests find the demo campaign again.
 */
public final class DecisionFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    /** A Monday, 10:00 in Paris: the clock of the decision tests starts here. */
    public static final Instant START = LocalDateTime.of(2028, 5, 15, 10, 0).atZone(AppClock.PARIS).toInstant();

    private DecisionFixtures() {
    }

    public static MutableClock clock() {
        MutableClock clock = new MutableClock(START);
        QuarkusMock.installMockForType(clock, AppClock.class);
        return clock;
    }

    /** A new latest campaign whose two tracks have the given capacity and waiting-list size. */
    public static Campaign campaign(int capacity, int waitlistSize) {
        int n = SEQUENCE.incrementAndGet();
        Campaign campaign = QuarkusTransaction.requiringNew().call(() -> {
            // the demo campaign comes first, so tests that look for "the first track" still find it
            if (Campaign.count() == 0) {
                Arc.container().instance(DemoData.class).get().createDemoCampaign();
            }
            Campaign c = new Campaign();
            c.startYear = 5000 + n;
            c.code = c.startYear + "-" + (c.startYear + 1);
            c.createdAt = START.minus(Duration.ofDays(200));
            c.persist();
            for (Level level : Level.values()) {
                Track t = new Track();
                t.campaign = c;
                t.level = level;
                t.capacity = capacity;
                t.waitlistSize = waitlistSize;
                t.opensAt = START.minus(Duration.ofDays(150));
                t.closesAt = START.minus(Duration.ofDays(60));
                t.reviewDeadline = START.minus(Duration.ofDays(10));
                t.decisionsPublishedAt = START.plus(Duration.ofDays(3));
                t.offerResponseDays = 8;
                t.reminderDaysBefore = 2;
                t.persist();
            }
            return c;
        });
        // the rubric of the campaign is seeded by its observer, as for a real one
        QuarkusTransaction.requiringNew().run(() -> Arc.container().beanManager().getEvent()
                .select(CampaignCreated.class).fire(new CampaignCreated(campaign.id)));
        return campaign;
    }

    /** Moves a test campaign into the past: it is no longer the current one. */
    public static void retire(Campaign campaign) {
        if (campaign == null) {
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> {
            Campaign c = Campaign.findById(campaign.id);
            c.startYear = 1000 + (c.startYear - 5000);
            c.code = c.startYear + "-" + (c.startYear + 1);
        });
    }

    public static Track track(Campaign campaign, Level level) {
        return QuarkusTransaction.requiringNew().call(() -> Track.<Track>find(
                "from Track t join fetch t.campaign where t.campaign.id = ?1 and t.level = ?2", campaign.id, level).firstResult());
    }

    /**
     * {@code count} dossiers of the track under review, owned by candidates {@code <prefix>-<i>}. Their
     * references sort in creation order, and without reviews the board ranks them that way.
     */
    public static List<Long> underReview(Track track, String prefix, int count) {
        int batch = SEQUENCE.incrementAndGet() % 1000;
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Application a = new Application();
                a.track = Track.findById(track.id);
                a.candidateSubject = subject(prefix, i);
                a.status = ApplicationStatus.UNDER_REVIEW;
                a.liveTrackId = track.id;
                a.entryRoute = EntryRoute.INITIALE;
                a.firstName = "Camille";
                a.lastName = "Candidat" + i;
                a.email = subject(prefix, i) + "@example.fr";
                a.reference = "D%d-%s-%03d-%03d".formatted(track.campaign.startYear, track.level, batch, i + 1);
                a.createdAt = START.minus(Duration.ofDays(100));
                a.updatedAt = a.createdAt;
                a.submittedAt = a.createdAt;
                a.persist();
                ids.add(a.id);
            }
            return ids;
        });
    }

    private static final Pattern CSRF_INPUT = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    /** A request carrying the CSRF token and cookie of a page the test user may open. */
    public static RequestSpecification post(String page) {
        Response response = given().get(page);
        Matcher token = CSRF_INPUT.matcher(response.asString());
        if (!token.find()) {
            throw new AssertionError("No CSRF token on " + page + " (status " + response.statusCode() + ")");
        }
        return given().redirects().follow(false)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("csrf-token", token.group(1));
    }

    public static String subject(String prefix, int i) {
        return prefix + "-" + i;
    }

    public static Application application(Long id) {
        return QuarkusTransaction.requiringNew().call(() -> Application.<Application>findById(id));
    }

    public static ApplicationStatus status(Long id) {
        return application(id).status;
    }

    public static Offer offer(Long applicationId) {
        return QuarkusTransaction.requiringNew().call(() -> Offer.of(applicationId).orElse(null));
    }

    public static Track reload(Track track) {
        return QuarkusTransaction.requiringNew().call(() -> Track.<Track>find(
                "from Track t join fetch t.campaign where t.id = ?1", track.id).firstResult());
    }

    public static RefusalMotive firstMotive() {
        return QuarkusTransaction.requiringNew().call(() -> RefusalMotive.offered().get(0));
    }
}
