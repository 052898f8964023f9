package fr.univlorraine.ieps.application;

import static fr.univlorraine.ieps.decision.DecisionFixtures.START;
import static fr.univlorraine.ieps.decision.DecisionFixtures.campaign;
import static fr.univlorraine.ieps.decision.DecisionFixtures.clock;
import static fr.univlorraine.ieps.decision.DecisionFixtures.retire;
import static fr.univlorraine.ieps.decision.DecisionFixtures.track;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.univlorraine.ieps.campaign.Campaign;
import fr.univlorraine.ieps.campaign.Level;
import fr.univlorraine.ieps.campaign.MutableClock;
import fr.univlorraine.ieps.campaign.Track;
import fr.univlorraine.ieps.kernel.Actor;
import fr.univlorraine.ieps.kernel.ActorRef;
import fr.univlorraine.ieps.kernel.RuleViolation;
import fr.univlorraine.ieps.web.Screenshots;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedHashMap;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Where candidates apply, route by route: a route of the national platform takes no dossier here, on any door
 * (creation, draft, submission), and its candidates are sent to the platform with its dates; a local recruitment opens
 * it here until the window's close.
 */
@QuarkusTest
class ChannelTest {

    @Inject
    ApplicationService service;

    MutableClock clock;
    Campaign campaign;
    Track m1;
    Track m2;

    @BeforeEach
    void setUp() {
        clock = clock();
        campaign = campaign(19, 5);
        m1 = track(campaign, Level.M1);
        m2 = track(campaign, Level.M2);
        // inside the tracks' own window
        clock.set(m1.opensAt.plus(Duration.ofDays(1)));
    }

    @AfterEach
    void tearDown() {
        retire(campaign);
    }

    static ActorRef candidate(String subject) {
        return new ActorRef(subject, "Camille Candidate", Actor.CANDIDATE);
    }

    void onPlatform(Track track, EnumSet<EntryRoute> routes) {
        QuarkusTransaction.requiringNew().run(() -> {
            PlatformTrack p = new PlatformTrack();
            p.trackId = track.id;
            p.routes.addAll(routes);
            p.platformOpensAt = START.minus(Duration.ofDays(120));
            p.platformClosesAt = START.minus(Duration.ofDays(90));
            p.persist();
        });
    }

    void localWindow(Track track, Instant opens, Instant closes, EnumSet<EntryRoute> routes) {
        QuarkusTransaction.requiringNew().run(() -> {
            PlatformTrack p = PlatformTrack.findById(track.id);
            p.localOpensAt = opens;
            p.localClosesAt = closes;
            p.localPlaces = 2;
            p.localRoutes.clear();
            p.localRoutes.addAll(routes);
        });
    }

    ApplicationForm form(long version, String route) {
        var fields = new MultivaluedHashMap<String, String>();
        for (Map.Entry<String, Object> e : TestFixtures.completeForm(version).entrySet()) {
            fields.add(e.getKey(), String.valueOf(e.getValue()));
        }
        fields.putSingle("entryRoute", route);
        return ApplicationForms.bind(fields);
    }

    long version(Long id) {
        return QuarkusTransaction.requiringNew().call(() -> Application.<Application>findById(id).version);
    }

    @Test
    void aPlatformRouteTakesNoDossierHereWhileTheOthersDo() {
        onPlatform(m1, EnumSet.of(EntryRoute.INITIALE, EntryRoute.ALTERNANCE));
        RuleViolation refused = assertThrows(RuleViolation.class, () -> service.create(candidate("chan-a"),
                "a@example.fr", m1.id, EntryRoute.INITIALE, false, "fr"));
        assertEquals(ChannelError.ON_PLATFORM, refused.error);
        // continuing education stays here
        Application app = service.create(candidate("chan-a"), "a@example.fr", m1.id, EntryRoute.CONTINUE, false, "fr");
        assertNotNull(app.id);
        // a draft cannot be moved to a platform route, by a save or on the way to the submission
        assertEquals(ChannelError.ON_PLATFORM, assertThrows(RuleViolation.class,
                () -> service.saveDraft(app.id, candidate("chan-a"), form(version(app.id), "ALTERNANCE"))).error);
        assertEquals(ChannelError.ON_PLATFORM, assertThrows(RuleViolation.class,
                () -> service.saveForSubmission(app.id, candidate("chan-a"), form(version(app.id), "INITIALE"))).error);
        assertEquals(EntryRoute.CONTINUE, QuarkusTransaction.requiringNew().call(
                () -> Application.<Application>findById(app.id).entryRoute), "nothing changed");
        assertEquals(true, service.saveDraft(app.id, candidate("chan-a"), form(version(app.id), "CONTINUE")).ok());
    }

    @Test
    void aDraftWhoseRouteWentToThePlatformCannotBeSubmitted() {
        Application app = service.create(candidate("chan-b"), "b@example.fr", m1.id, EntryRoute.INITIALE, false, "fr");
        onPlatform(m1, EnumSet.of(EntryRoute.INITIALE));
        assertEquals(ChannelError.ON_PLATFORM, assertThrows(RuleViolation.class,
                () -> service.submit(app.id, candidate("chan-b"), version(app.id), null, "fr")).error);
    }

    @Test
    void aLocalRecruitmentTakesThePlatformRoutesHereUntilItsClose() {
        onPlatform(m1, EnumSet.allOf(EntryRoute.class));
        // after the track's own closing, the head's window for the places left
        Instant opens = m1.closesAt.plus(Duration.ofDays(10));
        Instant closes = opens.plus(Duration.ofDays(14));
        localWindow(m1, opens, closes, EnumSet.of(EntryRoute.INITIALE));
        clock.set(opens.plus(Duration.ofDays(1)));
        Application app = service.create(candidate("chan-c"), "c@example.fr", m1.id, EntryRoute.INITIALE, false, "fr");
        assertEquals(ChannelError.ON_PLATFORM, assertThrows(RuleViolation.class, () -> service.create(candidate("chan-d"),
                "d@example.fr", m1.id, EntryRoute.ALTERNANCE, false, "fr")).error, "a route the window does not take");
        assertEquals(true, service.saveDraft(app.id, candidate("chan-c"), form(version(app.id), "INITIALE")).ok());
        // the track's own window is over: the draft cannot move to a route that is not the local recruitment's
        QuarkusTransaction.requiringNew().run(() -> PlatformTrack.<PlatformTrack>findById(m1.id).routes.remove(EntryRoute.CONTINUE));
        assertEquals(ApplicationError.CLOSED, assertThrows(RuleViolation.class,
                () -> service.saveDraft(app.id, candidate("chan-c"), form(version(app.id), "CONTINUE"))).error);
        // the window's close is the dossier's deadline, to the second
        clock.set(closes.minusSeconds(1));
        assertEquals(true, service.saveDraft(app.id, candidate("chan-c"), form(version(app.id), "INITIALE")).ok());
        clock.set(closes);
        assertEquals(ApplicationError.CLOSED, assertThrows(RuleViolation.class,
                () -> service.saveDraft(app.id, candidate("chan-c"), form(version(app.id), "INITIALE"))).error);
        assertEquals(ApplicationError.CLOSED, assertThrows(RuleViolation.class,
                () -> service.submit(app.id, candidate("chan-c"), version(app.id), null, "fr")).error);
    }

    @Test
    @TestSecurity(user = "chan-page", roles = "candidate")
    void aTrackWhollyOnThePlatformShowsThePlatformNotTheForm() {
        onPlatform(m1, EnumSet.allOf(EntryRoute.class));
        String page = given().get("/candidatures").then().statusCode(200)
                .body(containsString("https://www.monmaster.gouv.fr"))
                .body(containsString("id=\"platform-notice-M1\""))
                .body(not(containsString("name=\"trackId\" value=\"" + m1.id + "\"")))
                .body(containsString("name=\"trackId\" value=\"" + m2.id + "\""))
                .extract().asString();
        Screenshots.take("channel-candidate-list", page, 1400);
        Screenshots.takePhone("channel-candidate-list-phone", page);
        // a forged request for the platform's track is refused with the reason, on the page
        TestFixtures.csrf("/candidatures").post().formParam("trackId", m1.id).formParam("entryRoute", "INITIALE")
                .post("/candidatures").then().statusCode(400)
                .body(containsString("pas sur ce site"));
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(
                () -> Application.count("candidateSubject = ?1 and track.id = ?2", "chan-page", m1.id)));
    }

    @Test
    @TestSecurity(user = "chan-local-page", roles = "candidate")
    void duringALocalRecruitmentTheFormOffersTheTrackForItsRoutesWithTheWindowsClose() {
        onPlatform(m1, EnumSet.allOf(EntryRoute.class));
        Instant opens = m1.closesAt.plus(Duration.ofDays(10));
        localWindow(m1, opens, opens.plus(Duration.ofDays(14)), EnumSet.of(EntryRoute.ALTERNANCE));
        clock.set(opens.plus(Duration.ofDays(1)));
        String page = given().get("/candidatures").then().statusCode(200)
                .body(containsString("name=\"trackId\" value=\"" + m1.id + "\""))
                .body(containsString("recrutement complémentaire, jusqu’au"))
                .body(containsString("value=\"ALTERNANCE\""))
                .body(not(containsString("value=\"INITIALE\""))).extract().asString();
        Screenshots.take("channel-candidate-local", page, 1400);
    }

    @Test
    void theHomePageSendsPlatformCandidatesThereWithTheDates() {
        onPlatform(m1, EnumSet.allOf(EntryRoute.class));
        String html = given().get("/").then().statusCode(200)
                .body(containsString("id=\"platform-notice-M1\""))
                .body(containsString("https://www.monmaster.gouv.fr"))
                .body(containsString("Master 2")).extract().asString();
        Screenshots.take("channel-home", html, 1000);
        Screenshots.takePhone("channel-home-phone", html, 1600);
    }
}
