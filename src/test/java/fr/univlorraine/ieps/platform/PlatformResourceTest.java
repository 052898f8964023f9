package fr.univlorraine.ieps.platform;

import static fr.univlorraine.ieps.decision.DecisionFixtures.*;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.*;

import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.application.ApplicationStatus;
import fr.univlorraine.ieps.application.PlatformOutcome;
import fr.univlorraine.ieps.campaign.Campaign;
import fr.univlorraine.ieps.campaign.Level;
import fr.univlorraine.ieps.campaign.Track;
import fr.univlorraine.ieps.web.Screenshots;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The hub of the national platform: the platform tracks of the latest campaign, their figures and their steps. */
@QuarkusTest
class PlatformResourceTest {

    @Inject
    PlatformService platformService;

    Campaign campaign;
    Track track;
    List<Long> imported;

    @BeforeEach
    void setUp() {
        clock();
        campaign = campaign(19, 5);
        track = track(campaign, Level.M1);
        PlatformFixtures.onPlatform(track);
        imported = PlatformFixtures.imported(track, "MMH" + campaign.startYear, 6);
        underReview(track, "hub-local" + campaign.startYear, 2);
        underReview(track(campaign, Level.M2), "hub-m2" + campaign.startYear, 1);
        QuarkusTransaction.requiringNew().run(() -> {
            // two complete, not yet under review; three outcomes recorded, two of them places taken on the platform
            Application.<Application>findById(imported.get(4)).status = ApplicationStatus.COMPLETE;
            Application.<Application>findById(imported.get(5)).status = ApplicationStatus.COMPLETE;
            Application.<Application>findById(imported.get(0)).platformOutcome = PlatformOutcome.ACCEPTED;
            Application.<Application>findById(imported.get(1)).platformOutcome = PlatformOutcome.ACCEPTED;
            Application.<Application>findById(imported.get(2)).platformOutcome = PlatformOutcome.DECLINED;
        });
    }

    @AfterEach
    void tearDown() {
        retire(campaign);
    }

    /** The number shown before a figure's words on the hub. */
    static String figure(String html, String words) {
        Matcher m = Pattern.compile("<strong>(\\d+)</strong> " + Pattern.quote(words)).matcher(html);
        assertTrue(m.find(), "figure " + words);
        return m.group(1);
    }

    @Test
    void theFiguresCountThePlatformDossiersOnly() {
        var lines = platformService.hub();
        assertEquals(1, lines.size(), "M1 only: M2 takes every route here");
        var line = lines.get(0);
        assertEquals(6, line.imported());
        assertEquals(2, line.complete());
        assertEquals(4, line.underReview());
        assertEquals(3, line.recorded());
        assertEquals(2, line.filledOnPlatform());
        assertEquals(17, line.placesLeft());
        assertEquals(1L, line.outcomes().get(PlatformOutcome.DECLINED));
    }

    @Test
    @TestSecurity(user = "head-platform-hub", roles = "head")
    void theHeadSeesEachStepOfThePlatformTrack() {
        String html = given().get("/plateforme").then().statusCode(200).extract().asString();
        assertEquals("6", figure(html, "dossier(s) importé(s)"));
        assertEquals("2", figure(html, "place(s) prise(s) sur Mon Master"));
        assertEquals("17", figure(html, "place(s) restante(s) sur 19"));
        for (String step : List.of("import", "pdf", "classement.csv", "classement.xlsx", "resultats", "recrutement-local")) {
            assertTrue(html.contains("href=\"/plateforme/" + track.id + "/" + step + "\""), step);
        }
        assertTrue(html.contains("href=\"/plateforme\" aria-current=\"page\""), "the menu's entry, current");
        Screenshots.take("plateforme-hub", html, 1100);
        Screenshots.takePhone("plateforme-hub-phone", html, 2000);
        String english = given().cookie("ieps-lang", "en").get("/plateforme").then().statusCode(200).extract().asString();
        Screenshots.take("plateforme-hub-en", english, 1100);
    }

    @Test
    @TestSecurity(user = "secretariat-platform-hub", roles = "secretariat")
    void theSecretariatSeesTheImportsButNotTheHeadsSteps() {
        String html = given().get("/plateforme").then().statusCode(200).extract().asString();
        assertTrue(html.contains("href=\"/plateforme/" + track.id + "/import\""));
        assertTrue(html.contains("href=\"/plateforme/" + track.id + "/pdf\""));
        assertFalse(html.contains("classement.csv"));
        assertFalse(html.contains("/resultats"));
        assertTrue(html.contains(">Mon Master</a>"), "the menu's entry");
    }

    @Test
    @TestSecurity(user = "reviewer-platform-hub", roles = "reviewer")
    void aReviewerHasNoHubNorMenuEntry() {
        given().get("/plateforme").then().statusCode(403);
        assertFalse(given().get("/equipe").then().extract().asString().contains("href=\"/plateforme\""));
    }
}
