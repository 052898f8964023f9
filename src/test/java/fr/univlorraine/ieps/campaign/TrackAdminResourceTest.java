package fr.univlorraine.ieps.campaign;

import static fr.univlorraine.ieps.decision.DecisionFixtures.*;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.*;

import fr.univlorraine.ieps.application.ApplicationStatus;
import fr.univlorraine.ieps.decision.DecisionPublication;
import fr.univlorraine.ieps.decision.DecisionService;
import fr.univlorraine.ieps.decision.DecisionService.Choice;
import fr.univlorraine.ieps.decision.DecisionKind;
import fr.univlorraine.ieps.kernel.Actor;
import fr.univlorraine.ieps.kernel.ActorRef;
import fr.univlorraine.ieps.web.Screenshots;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The admin's track settings: capacity, calendar, offers and waiting list, checked and saved under the lock. */
@QuarkusTest
@TestSecurity(user = "admin-tracks", roles = "admin")
class TrackAdminResourceTest {

    static final String PAGE = "/admin/formations/M1";

    @Inject
    DecisionService decisions;

    @Inject
    DecisionPublication publication;

    Campaign campaign;
    Track track;

    @BeforeEach
    void setUp() {
        clock();
        campaign = campaign(2, 1);
        track = track(campaign, Level.M1);
    }

    @AfterEach
    void tearDown() {
        retire(campaign);
    }

    RequestSpecification form(String capacity, String offerDays, String reminder, String waitlist) {
        return form(capacity, offerDays, reminder, waitlist, null);
    }

    RequestSpecification form(String capacity, String offerDays, String reminder, String waitlist, String closesAt) {
        Track t = reload(track);
        TrackForm f = TrackForm.of(t);
        return post(PAGE).formParam("version", t.version).formParam("capacity", capacity)
                .formParam("opensAt", f.opensAt()).formParam("closesAt", closesAt == null ? f.closesAt() : closesAt)
                .formParam("reviewDeadline", f.reviewDeadline()).formParam("decisionsPublishedAt", f.decisionsPublishedAt())
                .formParam("offerResponseDays", offerDays).formParam("reminderDaysBefore", reminder)
                .formParam("waitlistSize", waitlist);
    }

    @Test
    void theAdminSeesTheTracksAndChangesTheSettings() {
        String list = given().get("/admin/formations").then().statusCode(200)
                .body(containsString("Formations de la campagne " + campaign.code)).extract().asString();
        Screenshots.take("admin-tracks", list, 700);
        Screenshots.take("admin-track", given().get(PAGE).asString(), 1400);

        form("19", "5", "1", "12").post(PAGE).then().statusCode(303);
        Track saved = reload(track);
        assertEquals(19, saved.capacity);
        assertEquals(5, saved.offerResponseDays);
        assertEquals(1, saved.reminderDaysBefore);
        assertEquals(12, saved.waitlistSize);
    }

    @Test
    void wrongValuesComeBackWithTheirMessagesAndNothingChanges() {
        String page = form("0", "5", "5", "-1", "2020-01-01T10:00").post(PAGE).then().statusCode(400)
                .body(containsString("Entre 1 et 500 places."))
                .body(containsString("Un nombre de jours inférieur au délai de réponse"))
                .body(containsString("Entre 0 et 1 000 candidats."))
                .body(containsString("La date limite de dépôt doit suivre l’ouverture."))
                .extract().asString();
        Screenshots.take("admin-track-errors", page, 1500);
        form("2", "5", "1", "1", "pas une date").post(PAGE).then().statusCode(400)
                .body(containsString("Saisissez une date et une heure"));
        Track after = reload(track);
        assertEquals(2, after.capacity);
        assertEquals(8, after.offerResponseDays);
    }

    @Test
    void aWrongValueComesBackAsTypedAndForgedValuesChangeNothing() {
        form("2", "8", "2", "1", "pas une date").post(PAGE).then().statusCode(400)
                .body(containsString("value=\"pas une date\""), containsString("href=\"#closesAt\""));
        form("1e3", "8.5", "+", "0x10").post(PAGE).then().statusCode(400)
                .body(containsString("value=\"1e3\""), containsString("Entre 1 et 500 places."),
                        containsString("Entre 0 et 1 000 candidats."));
        Track before = reload(track);
        post(PAGE).formParam("version", "douze").formParam("capacity", "3").post(PAGE).then().statusCode(409);
        post(PAGE).post(PAGE).then().statusCode(409);
        Track after = reload(track);
        assertEquals(before.capacity, after.capacity);
        assertEquals(before.version, after.version);
        assertEquals(before.closesAt, after.closesAt);
    }

    @Test
    void theCapacityNeverGoesBelowThePlacesTakenAndAnIncreaseFillsFromTheWaitingList() {
        List<Long> ids = underReview(track, "tracks" + campaign.startYear, 4);
        ActorRef head = new ActorRef("head-tracks", "Responsable", Actor.HEAD);
        Long motive = firstMotive().id;
        List<Choice> choices = decisions.prepare(track, false).rows().stream()
                .map(r -> new Choice(r.board().applicationId(), r.chosen(), r.chosen() == DecisionKind.REJECT ? motive : null,
                        null, r.version())).toList();
        decisions.save(track, choices, head);
        publication.publish(track.id, head);
        assertEquals(ApplicationStatus.WAITLISTED, status(ids.get(2)));

        form("1", "8", "2", "1").post(PAGE).then().statusCode(400)
                .body(containsString("La capacité ne peut pas descendre sous le nombre de places déjà prises."));
        assertEquals(2, reload(track).capacity);

        form("3", "8", "2", "1").post(PAGE).then().statusCode(303);
        assertEquals(ApplicationStatus.ADMITTED, status(ids.get(2)), "the new place went to the waiting list at once");
    }

    @Test
    void aStaleFormIsRefused() {
        var stale = form("3", "8", "2", "1");
        form("4", "8", "2", "1").post(PAGE).then().statusCode(303);
        stale.post(PAGE).then().statusCode(409).body(containsString("modifiés par quelqu’un d’autre"));
        assertEquals(4, reload(track).capacity);
    }

    @Test
    @TestSecurity(user = "head-tracks", roles = {"head", "secretariat", "reviewer"})
    void onlyTheAdminOpensIt() {
        given().redirects().follow(false).get("/admin/formations").then().statusCode(403);
        given().redirects().follow(false).get(PAGE).then().statusCode(403);
    }
}
