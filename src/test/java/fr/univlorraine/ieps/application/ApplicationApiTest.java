package fr.univlorraine.ieps.application;

import static fr.univlorraine.ieps.application.TestFixtures.*;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import fr.univlorraine.ieps.campaign.Level;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The JSON API with real bearer tokens issued by the OIDC dev server (password grant). */
@QuarkusTest
class ApplicationApiTest {

    @BeforeEach
    void setUp() {
        openCampaignClock();
    }

    private static String accessToken(String username) {
        var config = ConfigProvider.getConfig();
        String server = config.getValue("quarkus.oidc.auth-server-url", String.class);
        return given().formParam("grant_type", "password").formParam("username", username)
                .formParam("client_id", config.getValue("quarkus.oidc.client-id", String.class))
                .formParam("client_secret", config.getValue("quarkus.oidc.credentials.secret", String.class))
                .post(server + "/token").then().statusCode(200).extract().path("access_token");
    }

    private static String subjectOf(String jwt) {
        String payload = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
        return JsonPath.from(payload).getString("sub");
    }

    @Test
    void aBearerTokenListsTheCandidatesOwnApplicationsOnly() {
        String token = accessToken("api-candidate");
        given().auth().oauth2(token).get("/api/me/applications").then().statusCode(200).body("$", hasSize(0));

        Application mine = applicationOf(subjectOf(token), Level.M2);
        applicationOf("api-someone-else", Level.M2);

        given().auth().oauth2(token).get("/api/me/applications").then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0].id", equalTo(mine.id.intValue()))
                .body("[0].level", equalTo("M2"))
                .body("[0].status", equalTo("DRAFT"))
                .body("[0].campaign", equalTo("2027-2028"));
    }

    @Test
    void aForgedTokenIsRefused() {
        String token = accessToken("api-forger");
        String[] parts = token.split("\\.");
        String otherPayload = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"sub\":\"api-candidate\",\"groups\":[\"candidate\"]}".getBytes(StandardCharsets.UTF_8));
        given().auth().oauth2(parts[0] + "." + otherPayload + "." + parts[2]).get("/api/me/applications")
                .then().statusCode(401);
    }

    @Test
    void aStaffTokenIsRefused() {
        given().auth().oauth2(accessToken("relecteur")).get("/api/me/applications").then().statusCode(403);
    }
}
