package fr.univlorraine.ieps.application;

import static fr.univlorraine.ieps.decision.DecisionFixtures.campaign;
import static fr.univlorraine.ieps.decision.DecisionFixtures.clock;
import static fr.univlorraine.ieps.decision.DecisionFixtures.post;
import static fr.univlorraine.ieps.decision.DecisionFixtures.reload;
import static fr.univlorraine.ieps.decision.DecisionFixtures.retire;
import static fr.univlorraine.ieps.decision.DecisionFixtures.track;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import fr.univlorraine.ieps.campaign.Campaign;
import fr.univlorraine.ieps.campaign.Level;
import fr.univlorraine.ieps.campaign.Track;
import fr.univlorraine.ieps.web.ParisTime;
import fr.univlorraine.ieps.web.Screenshots;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDateTime;
import java.util.EnumSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The admin sets, on the track's page, which routes apply on the national platform and the platform's dates. */
@QuarkusTest
@TestSecurity(user = "admin-channels", roles = "admin")
class ChannelSettingsTest {

    static final String PAGE = "/admin/formations/M1";

    Campaign campaign;
    Track track;

    @BeforeEach
    void setUp() {
        clock();
        campaign = campaign(19, 5);
        track = track(campaign, Level.M1);
    }

    @AfterEach
    void tearDown() {
        retire(campaign);
    }

    RequestSpecification form(String opens, String closes, String... routes) {
        Track t = reload(track);
        RequestSpecification r = post(PAGE).formParam("version", t.version).formParam("capacity", t.capacity)
                .formParam("opensAt", ParisTime.Check.typed(t.opensAt)).formParam("closesAt", ParisTime.Check.typed(t.lastMinute()))
                .formParam("reviewDeadline", ParisTime.Check.typed(t.reviewDeadline))
                .formParam("decisionsPublishedAt", ParisTime.Check.typed(t.decisionsPublishedAt))
                .formParam("offerResponseDays", t.offerResponseDays).formParam("reminderDaysBefore", t.reminderDaysBefore)
                .formParam("waitlistSize", t.waitlistSize).formParam("platformOpensAt", opens)
                .formParam("platformClosesAt", closes);
        for (String route : routes) {
            r = r.formParam("platformRoutes", route);
        }
        return r;
    }

    PlatformTrack platform() {
        return QuarkusTransaction.requiringNew().call(() -> PlatformTrack.<PlatformTrack>findById(track.id));
    }

    @Test
    void theAdminSendsRoutesToThePlatformWithItsDates() {
        String html = given().get(PAGE).then().statusCode(200).body(containsString("name=\"platformRoutes\""))
                .extract().asString();
        Screenshots.take("channel-admin-track", html, 1900);
        Screenshots.takePhone("channel-admin-track-phone", html, 2600);
        form("2028-01-16T09:00", "2028-02-15T23:59", "INITIALE", "ALTERNANCE").post(PAGE).then().statusCode(303);
        PlatformTrack p = platform();
        assertEquals(EnumSet.of(EntryRoute.INITIALE, EntryRoute.ALTERNANCE), p.routes);
        assertEquals(LocalDateTime.of(2028, 1, 16, 9, 0), LocalDateTime.ofInstant(p.platformOpensAt, fr.univlorraine.ieps.kernel.AppClock.PARIS));
        given().get(PAGE).then().statusCode(200).body(containsString("value=\"INITIALE\" id=\"platformRoutes\" checked"))
                .body(containsString("value=\"2028-02-15T23:59\""));
        // every box unticked: every route applies here again
        form("", "").post(PAGE).then().statusCode(303);
        assertEquals(EnumSet.noneOf(EntryRoute.class), platform().routes);
    }

    @Test
    void badPlatformSettingsAreSaidOnThePageAndChangeNothing() {
        form("2028-02-16T09:00", "2028-02-15T23:59", "INITIALE").post(PAGE).then().statusCode(400)
                .body(containsString("La clôture de la plateforme doit suivre son ouverture"))
                .body(containsString("value=\"2028-02-16T09:00\""));
        form("le 16", "", "INITIALE").post(PAGE).then().statusCode(400).body(containsString("value=\"le 16\""));
        form("", "", "PASSERELLE").post(PAGE).then().statusCode(400)
                .body(containsString("Choisissez parmi les voies proposées"));
        assertNull(platform(), "nothing saved");
    }
}
