package fr.univlorraine.ieps.platform;

import static fr.univlorraine.ieps.decision.DecisionFixtures.*;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.*;

import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.application.ApplicationStatus;
import fr.univlorraine.ieps.application.PlatformOutcome;
import fr.univlorraine.ieps.audit.AuditEvent;
import fr.univlorraine.ieps.campaign.Campaign;
import fr.univlorraine.ieps.campaign.Level;
import fr.univlorraine.ieps.campaign.Track;
import fr.univlorraine.ieps.ranking.DashboardFigures;
import fr.univlorraine.ieps.web.Screenshots;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The head records what the national platform decided: all at once, checked, audited; the places filled on the
 * platform count in the track's places, on the dashboards too, and never beyond them.
 */
@QuarkusTest
class OutcomeResourceTest {

    static final String HEAD_USER = "head-platform-outcomes";

    @Inject
    DashboardFigures figures;

    Campaign campaign;
    Track track;
    List<Long> platform;
    Long local;
    String page;

    @BeforeEach
    void setUp() {
        clock();
        campaign = campaign(3, 2);
        track = track(campaign, Level.M1);
        PlatformFixtures.onPlatform(track);
        platform = PlatformFixtures.imported(track, "MMO" + campaign.startYear, 4);
        local = underReview(track, "outcome-local" + campaign.startYear, 1).get(0);
        page = "/plateforme/" + track.id + "/resultats";
    }

    @AfterEach
    void tearDown() {
        retire(campaign);
    }

    PlatformOutcome outcome(Long id) {
        return application(id).platformOutcome;
    }

    /** The form's row of each platform dossier: the page lists them by name, Plateforme0 to Plateforme3. */
    io.restassured.specification.RequestSpecification form(String... outcomes) {
        var spec = post(page);
        for (int i = 0; i < platform.size(); i++) {
            spec.formParam("app" + i, platform.get(i)).formParam("outcome" + i, outcomes[i]);
        }
        return spec;
    }

    @Test
    @TestSecurity(user = HEAD_USER, roles = "head")
    void theHeadRecordsTheOutcomesAndTheAcceptedOnesTakePlaces() {
        String html = given().get(page).then().statusCode(200).extract().asString();
        for (int i = 0; i < 4; i++) {
            assertTrue(html.contains("MMO" + campaign.startYear + "-" + i), "platform number " + i);
        }
        assertFalse(html.contains("outcome-local"), "a dossier applied here is not listed");
        Screenshots.take("plateforme-resultats", html, 1100);
        Screenshots.takePhone("plateforme-resultats-phone", html, 1800);

        form("ACCEPTED", "ACCEPTED", "WAITLISTED", "").post(page).then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith(page + "?ok=outcomes_saved"));

        assertEquals(PlatformOutcome.ACCEPTED, outcome(platform.get(0)));
        assertEquals(PlatformOutcome.ACCEPTED, outcome(platform.get(1)));
        assertEquals(PlatformOutcome.WAITLISTED, outcome(platform.get(2)));
        assertNull(outcome(platform.get(3)));
        assertNotNull(application(platform.get(0)).platformOutcomeAt);
        assertEquals(ApplicationStatus.UNDER_REVIEW, application(platform.get(0)).status, "still on the board");
        assertEquals(3, QuarkusTransaction.requiringNew().call(() -> AuditEvent.count("action = ?1 and actorSubject = ?2",
                OutcomeResource.AUDIT_ACTION, HEAD_USER)));

        String after = given().get(page + "?ok=outcomes_saved").then().statusCode(200).extract().asString();
        assertTrue(after.contains("Résultats enregistrés"));
        // two of the three places filled on the platform: one left, on the dashboard too
        var dash = figures.of(List.of(reload(track))).get(0);
        assertEquals(2, dash.taken());
        assertEquals(2, dash.filledOnPlatform());
        assertEquals(1, dash.placesLeft());
        assertTrue(given().get("/responsable").then().statusCode(200).extract().asString()
                .contains("Places prises sur Mon Master"));
    }

    @Test
    @TestSecurity(user = HEAD_USER, roles = "head")
    void moreAcceptancesThanPlacesAreRefusedAndNothingChanges() {
        String html = form("ACCEPTED", "ACCEPTED", "ACCEPTED", "ACCEPTED").post(page).then().statusCode(400)
                .extract().asString();
        assertTrue(html.contains("Plus de candidats auraient accepté leur place que la formation n’a de places"), html);
        assertTrue(html.contains("href=\"#outcomes\""), "the summary links to the table");
        for (Long id : platform) {
            assertNull(outcome(id));
        }
        // an offer made here holds a place too: with it, two acceptances on the platform fill the three places
        QuarkusTransaction.requiringNew().run(() -> Application.<Application>findById(local).status = ApplicationStatus.ADMITTED);
        form("ACCEPTED", "ACCEPTED", "ACCEPTED", "").post(page).then().statusCode(400);
        form("ACCEPTED", "ACCEPTED", "DECLINED", "").post(page).then().statusCode(303);
        assertEquals(PlatformOutcome.ACCEPTED, outcome(platform.get(1)));
    }

    @Test
    @TestSecurity(user = HEAD_USER, roles = "head")
    void anUnknownOutcomeIsRefusedOnItsRowAndWhatWasTypedStays() {
        String html = form("ACCEPTED", "ENROLLED", "REFUSED", "").post(page).then().statusCode(400).extract().asString();
        assertTrue(html.contains("Choisissez un résultat dans la liste."));
        assertTrue(html.contains("href=\"#outcome1\""));
        assertTrue(html.contains("id=\"outcome1\" name=\"outcome1\" aria-invalid=\"true\""));
        // the other rows keep what the head chose
        assertTrue(html.matches("(?s).*name=\"outcome0\".*?<option value=\"ACCEPTED\" selected>.*"), "row 0 kept");
        assertTrue(html.matches("(?s).*name=\"outcome2\".*?<option value=\"REFUSED\" selected>.*"), "row 2 kept");
        for (Long id : platform) {
            assertNull(outcome(id), "nothing recorded");
        }
        Screenshots.take("plateforme-resultats-erreur", html, 1100);
    }

    @Test
    @TestSecurity(user = HEAD_USER, roles = "head")
    void aDossierAppliedHereOrOfAnotherTrackCannotBeGivenAPlatformOutcome() {
        post(page).formParam("app0", local).formParam("outcome0", "ACCEPTED").post(page).then().statusCode(404);
        assertNull(outcome(local));
        Track m2 = track(campaign, Level.M2);
        given().get("/plateforme/" + m2.id + "/resultats").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "secretariat-platform-outcomes", roles = "secretariat")
    void theSecretariatCannotRecordOutcomes() {
        given().get(page).then().statusCode(403);
    }
}
