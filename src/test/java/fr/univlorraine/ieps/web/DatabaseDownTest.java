package fr.univlorraine.ieps.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import fr.univlorraine.ieps.campaign.CampaignService;
import fr.univlorraine.ieps.campaign.Track;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The database out of reach (restarting, failed over) is an outage, not a bug: a 503 page that says so in the
 * person's language, with a Retry-After header, rather than the page of an unexpected error.
 */
@QuarkusTest
class DatabaseDownTest {

    @BeforeEach
    void databaseUnreachable() {
        QuarkusMock.installMockForType(new CampaignService() {
            @Override
            public List<Track> currentTracks() {
                // what Hibernate throws when the pool cannot open a connection (PostgreSQL refuses: SQL state 08001)
                throw new PersistenceException(new SQLException("Connection to 127.0.0.1:5432 refused", "08001"));
            }
        }, CampaignService.class);
    }

    @Test
    void aPageThatNeedsTheDatabaseSaysTheServiceIsMomentarilyUnavailable() {
        String page = given().header("Accept-Language", "fr").get("/calendrier").then().statusCode(503)
                .header("Retry-After", notNullValue())
                .body(containsString("<h1>Service temporairement indisponible</h1>"),
                        containsString("Ce que vous avez déjà enregistré n’est pas perdu"),
                        not(containsString("Erreur inattendue")), not(containsString("Exception")))
                .extract().asString();
        Screenshots.take("error-database-down-fr", page, 700);
    }

    @Test
    void inEnglishToo() {
        given().cookie("ieps-lang", "en").get("/calendrier").then().statusCode(503)
                .body(containsString("<h1>Service temporarily unavailable</h1>"), containsString("Nothing you have already saved is lost"));
    }

    @Test
    void aBugIsStillAnUnexpectedError() {
        QuarkusMock.installMockForType(new CampaignService() {
            @Override
            public List<Track> currentTracks() {
                throw new PersistenceException(new SQLException("syntax error at or near \"selec\"", "42601"));
            }
        }, CampaignService.class);
        given().header("Accept-Language", "fr").get("/calendrier").then().statusCode(500)
                .body(containsString("Erreur inattendue"));
    }
}
