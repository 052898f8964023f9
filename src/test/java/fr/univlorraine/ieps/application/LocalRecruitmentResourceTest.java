package fr.univlorraine.ieps.application;

import static fr.univlorraine.ieps.decision.DecisionFixtures.campaign;
import static fr.univlorraine.ieps.decision.DecisionFixtures.clock;
import static fr.univlorraine.ieps.decision.DecisionFixtures.post;
import static fr.univlorraine.ieps.decision.DecisionFixtures.retire;
import static fr.univlorraine.ieps.decision.DecisionFixtures.track;
import static fr.univlorraine.ieps.decision.DecisionFixtures.underReview;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.univlorraine.ieps.audit.AuditEvent;
import fr.univlorraine.ieps.campaign.Campaign;
import fr.univlorraine.ieps.campaign.Level;
import fr.univlorraine.ieps.campaign.MutableClock;
import fr.univlorraine.ieps.campaign.Track;
import fr.univlorraine.ieps.decision.DecisionKind;
import fr.univlorraine.ieps.decision.DecisionService;
import fr.univlorraine.ieps.web.ParisTime;
import fr.univlorraine.ieps.web.Screenshots;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The head's local recruitment for the places left on a platform track: the places filled on the platform count as
 * taken, for the window as for the offers; bad input is said on the page and changes nothing; opening and closing
 * are audited.
 */
@QuarkusTest
@TestSecurity(user = "head-local", roles = "head")
class LocalRecruitmentResourceTest {

    @Inject
    Places places;

    @Inject
    DecisionService decisions;

    MutableClock clock;
    Campaign campaign;
    Track track;
    String page;

    @BeforeEach
    void setUp() {
        clock = clock();
        campaign = campaign(3, 2);
        track = track(campaign, Level.M1);
        page = "/plateforme/" + track.id + "/recrutement-local";
        QuarkusTransaction.requiringNew().run(() -> {
            PlatformTrack p = new PlatformTrack();
            p.trackId = track.id;
            p.routes.addAll(EnumSet.of(EntryRoute.INITIALE, EntryRoute.ALTERNANCE));
            p.persist();
            // two candidates took their place on the platform, one declined, one is still waiting
            platformDossier(track, "P1", PlatformOutcome.ACCEPTED);
            platformDossier(track, "P2", PlatformOutcome.ACCEPTED);
            platformDossier(track, "P3", PlatformOutcome.DECLINED);
            platformDossier(track, "P4", PlatformOutcome.ADMITTED);
        });
    }

    @AfterEach
    void tearDown() {
        retire(campaign);
    }

    static void platformDossier(Track track, String number, PlatformOutcome outcome) {
        Application a = new Application();
        a.track = Track.findById(track.id);
        a.origin = ApplicationOrigin.PLATFORM;
        a.platformNumber = number + "-" + track.id;
        a.platformOutcome = outcome;
        a.status = ApplicationStatus.UNDER_REVIEW;
        a.entryRoute = EntryRoute.INITIALE;
        a.firstName = "Plateforme";
        a.lastName = number;
        a.email = number.toLowerCase() + "@example.fr";
        a.lang = "fr";
        a.reference = "PLT-" + track.id + "-" + number;
        a.createdAt = track.closesAt;
        a.updatedAt = a.createdAt;
        a.submittedAt = a.createdAt;
        a.persist();
    }

    PlatformTrack platform() {
        return QuarkusTransaction.requiringNew().call(() -> PlatformTrack.<PlatformTrack>findById(track.id));
    }

    RequestSpecification form(String opens, String closes, String places, String... routes) {
        RequestSpecification r = post(page).formParam("version", platform().version).formParam("opensAt", opens)
                .formParam("closesAt", closes).formParam("places", places);
        for (String route : routes) {
            r = r.formParam("routes", route);
        }
        return r;
    }

    static String typed(Instant instant) {
        return ParisTime.Check.typed(instant);
    }

    @Test
    void placesFilledOnThePlatformAreTaken() {
        assertEquals(2, places.taken(track.id), "the accepted platform candidates, not the declined nor the pending");
        assertEquals(1, places.left(QuarkusTransaction.requiringNew().call(() -> Track.<Track>findById(track.id))));
        String html = given().get(page).then().statusCode(200)
                .body(containsString("Places restantes : 1")).extract().asString();
        Screenshots.take("local-recruitment", html, 1300);
        Screenshots.takePhone("local-recruitment-phone", html);
    }

    @Test
    void theOffersStopAtTheCapacityCountingThePlatform() {
        underReview(track, "local-offer", 3);
        var prep = decisions.prepare(track, false);
        assertEquals(1, prep.placesLeft());
        // the platform's own dossiers get proposals of their own, carried to the platform, never offers made here
        assertEquals(1, prep.rows().stream().filter(r -> !r.board().platform() && r.proposed() == DecisionKind.ADMIT).count(),
                "one offer: the capacity of 3 less the 2 places taken on the platform");
    }

    @Test
    void moreThanThePlacesLeftOrBadDatesOrNoRouteAreRefusedOnThePageKeepingWhatWasTyped() {
        Instant opens = clock.now().plus(Duration.ofDays(1));
        String html = form(typed(opens), typed(opens.plus(Duration.ofDays(10))), "2", "INITIALE").post(page).then()
                .statusCode(400).body(containsString("Au plus les places restantes"))
                .body(containsString("value=\"2\"")).extract().asString();
        Screenshots.take("local-recruitment-errors", html, 1400);
        form(typed(opens), typed(opens.minus(Duration.ofDays(2))), "1", "INITIALE").post(page).then()
                .statusCode(400).body(containsString("La fin de la fenêtre doit suivre son ouverture"));
        form(typed(opens), typed(opens.plus(Duration.ofDays(10))), "1").post(page).then()
                .statusCode(400).body(containsString("Choisissez au moins une voie"));
        // a route that does not go through the platform is not the local recruitment's
        form(typed(opens), typed(opens.plus(Duration.ofDays(10))), "1", "CONTINUE").post(page).then()
                .statusCode(400).body(containsString("Choisissez au moins une voie"));
        form("demain", typed(opens.plus(Duration.ofDays(10))), "zéro", "INITIALE").post(page).then()
                .statusCode(400).body(containsString("value=\"demain\"")).body(containsString("Un nombre entier de places"));
        assertNull(platform().localOpensAt, "nothing saved");
        assertEquals(0, audits(LocalRecruitmentService.OPENED));
    }

    @Test
    void theHeadOpensChangesAndClosesTheWindowEachAudited() {
        Instant opens = clock.now().minus(Duration.ofHours(1));
        Instant lastMinute = opens.plus(Duration.ofDays(14));
        form(typed(opens), typed(lastMinute), "1", "INITIALE").post(page).then().statusCode(303);
        PlatformTrack saved = platform();
        assertEquals(opens, saved.localOpensAt);
        assertEquals(lastMinute.plus(Duration.ofMinutes(1)), saved.localClosesAt, "the last minute is included");
        assertEquals(EnumSet.of(EntryRoute.INITIALE), saved.localRoutes);
        assertEquals(1, audits(LocalRecruitmentService.OPENED));
        String html = given().get(page + "?ok=saved").then().statusCode(200)
                .body(containsString("Recrutement complémentaire ouvert")).extract().asString();
        Screenshots.take("local-recruitment-open", html, 1500);

        form(typed(opens), typed(lastMinute), "1", "INITIALE", "ALTERNANCE").post(page).then().statusCode(303);
        assertEquals(EnumSet.of(EntryRoute.INITIALE, EntryRoute.ALTERNANCE), platform().localRoutes);
        assertEquals(2, audits(LocalRecruitmentService.OPENED));

        // a page opened before the change cannot close it blindly
        post(page).formParam("version", saved.version).post(page + "/fermer").then().statusCode(409);
        post(page).formParam("version", platform().version).post(page + "/fermer").then().statusCode(303);
        assertEquals(clock.now(), platform().localClosesAt, "closed now");
        assertEquals(1, audits(LocalRecruitmentService.CLOSED));
        post(page).formParam("version", platform().version).post(page + "/fermer").then().statusCode(409)
                .body(containsString("rien n’a été fermé"));
    }

    @Test
    void aTrackWithoutPlatformRoutesHasNoLocalRecruitment() {
        Track m2 = track(campaign, Level.M2);
        given().get("/plateforme/" + m2.id + "/recrutement-local").then().statusCode(404);
        given().get("/plateforme/999999999/recrutement-local").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "admin-local", roles = "admin")
    void onlyTheHeadsOpenIt() {
        given().get(page).then().statusCode(403);
    }

    long audits(String action) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEvent.count("action = ?1 and detail like ?2", action,
                "track " + track.id + " %"));
    }
}
