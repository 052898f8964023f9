package fr.univlorraine.ieps.application;

import fr.univlorraine.ieps.TestIds;
import static fr.univlorraine.ieps.application.TestFixtures.applicationOf;
import static fr.univlorraine.ieps.application.TestFixtures.openCampaignClock;
import static fr.univlorraine.ieps.application.TestFixtures.track;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.univlorraine.ieps.campaign.Level;
import fr.univlorraine.ieps.campaign.Track;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The team area: figures per track and status for staff, nothing for candidates or strangers. */
@QuarkusTest
class TeamResourceTest {

    @BeforeEach
    void campaign() {
        openCampaignClock();
    }

    @Test
    void figuresCountEveryStatusOfEachTrackAndThePlacesLeft() {
        Application admitted = applicationOf(TestIds.unique("team-admitted-"), Level.M2);
        Application withdrawn = applicationOf(TestIds.unique("team-withdrawn-"), Level.M2);
        applicationOf(TestIds.unique("team-draft-"), Level.M2);
        QuarkusTransaction.requiringNew().run(() -> {
            setStatus(admitted.id, ApplicationStatus.ADMITTED);
            setStatus(withdrawn.id, ApplicationStatus.WITHDRAWN);
        });

        QuarkusTransaction.requiringNew().run(() -> {
            Track m2 = Track.findById(track(Level.M2).id);
            TrackFigures figures = TrackFigures.of(List.of(m2)).get(0);
            long holding = 0;
            for (ApplicationStatus status : ApplicationStatus.values()) {
                long expected = Application.count("track = ?1 and status = ?2", m2, status);
                long shown = figures.counts().stream().filter(c -> c.status() == status)
                        .mapToLong(StatusCount::count).sum();
                assertEquals(expected, shown, status.name());
                holding += status.holdsPlace() ? expected : 0;
            }
            assertEquals(Application.count("track", m2), figures.total());
            assertEquals(m2.capacity - holding, figures.placesLeft());
            // in lifecycle order, and only the statuses that have applications
            List<ApplicationStatus> order = figures.counts().stream().map(StatusCount::status).toList();
            assertEquals(Arrays.stream(ApplicationStatus.values()).filter(order::contains).toList(), order);
        });
    }

    private static void setStatus(Long id, ApplicationStatus status) {
        Application app = Application.findById(id);
        app.status = status;
        app.liveTrackId = status.isLive() ? app.track.id : null;
    }

    @Test
    @TestSecurity(user = "responsable", roles = "head")
    void headSeesTheCampaignTrackByTrack() {
        applicationOf(TestIds.unique("team-head-view-"), Level.M1);
        fr.univlorraine.ieps.web.Screenshots.take("equipe-head", given().get("/equipe").asString(), 900);
        given().get("/equipe").then().statusCode(200)
                .body(containsString("<h1>Espace équipe</h1>"))
                .body(containsString("responsable du master"))
                .body(containsString("Master 1"))
                .body(containsString("Places restantes"))
                .body(containsString("Brouillon"))
                .body(containsString("href=\"/equipe\" aria-current=\"page\""))
                .body(not(containsString("href=\"/candidatures\"")));
    }

    @Test
    @TestSecurity(user = "relecteur", roles = "reviewer")
    void reviewerSeesTheTeamArea() {
        given().get("/equipe").then().statusCode(200).body(containsString("équipe pédagogique (évaluation)"));
    }

    @Test
    @TestSecurity(user = "scolarite", roles = "secretariat")
    void secretariatSeesTheTeamAreaInEnglishToo() {
        given().header("Accept-Language", "en").get("/equipe").then().statusCode(200)
                .body(containsString("<h1>Team area</h1>")).body(containsString("secretariat"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void adminSeesTheTeamArea() {
        given().get("/equipe").then().statusCode(200).body(containsString("administration"));
    }

    @Test
    @TestSecurity(user = "someone", roles = "candidate")
    void candidateIsRefusedTheTeamArea() {
        given().get("/equipe").then().statusCode(403).body(containsString("Accès refusé"))
                .body(not(containsString("Places restantes")));
    }

    @Test
    void anonymousIsSentToLogIn() {
        given().redirects().follow(false).get("/equipe").then().statusCode(302);
    }
}
