package fr.univlorraine.ieps.export;

import static fr.univlorraine.ieps.export.ExportFixtures.dossier;
import static fr.univlorraine.ieps.export.ExportFixtures.email;
import static fr.univlorraine.ieps.export.ExportFixtures.tag;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.application.ApplicationStatus;
import fr.univlorraine.ieps.application.EntryRoute;
import fr.univlorraine.ieps.campaign.Level;
import fr.univlorraine.ieps.decision.Decision;
import fr.univlorraine.ieps.enrolment.SheetFixtures;
import fr.univlorraine.ieps.export.ExportFixtures.Person;
import fr.univlorraine.ieps.review.ReviewFixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The three lists as JSON, for the secretariat's bearer token; documented in OpenAPI. */
@QuarkusTest
class ExportApiTest {

    @BeforeEach
    void campaign() {
        ReviewFixtures.openCampaign();
    }

    /** A real access token of the OIDC dev server (password grant), as a script of the secretariat would get it. */
    private static String accessToken(String username) {
        var config = ConfigProvider.getConfig();
        String server = config.getValue("quarkus.oidc.auth-server-url", String.class);
        return given().formParam("grant_type", "password").formParam("username", username)
                .formParam("client_id", config.getValue("quarkus.oidc.client-id", String.class))
                .formParam("client_secret", config.getValue("quarkus.oidc.credentials.secret", String.class))
                .post(server + "/token").then().statusCode(200).extract().path("access_token");
    }

    @Test
    void theSecretariatsBearerTokenReadsTheThreeListsAsTheDatabaseHasThem() {
        String tag = tag("api");
        Long accepted = dossier(Level.M2, email(tag, 1), new Person("Api", "Alice", "0611111111", EntryRoute.CONTINUE, true),
                ApplicationStatus.ACCEPTED);
        Long waiting = dossier(Level.M2, email(tag, 2), new Person("Api", "Bruno", null, EntryRoute.INITIALE, false),
                ApplicationStatus.WAITLISTED);
        dossier(Level.M2, email(tag, 3), new Person("Api", "Chloé", null, EntryRoute.INITIALE, false), ApplicationStatus.DRAFT);
        String token = accessToken("scolarite");

        List<Map<String, Object>> acceptedRows = mine(given().auth().oauth2(token).get("/api/tracks/M2/exports/accepted"), tag);
        Application a = ExportFixtures.reload(accepted);
        assertEquals(1, acceptedRows.size());
        Map<String, Object> row = acceptedRows.get(0);
        assertEquals(a.reference, row.get("reference"));
        assertEquals("M2", row.get("level"));
        assertEquals("Alice", row.get("firstName"));
        assertEquals("0611111111", row.get("phone"), "JSON carries the data as it is: no spreadsheet quote");
        assertEquals("CONTINUE", row.get("entryRoute"));
        assertEquals(true, row.get("vap"));
        assertEquals("ACCEPTED", row.get("status"));
        assertEquals(false, row.get("enrolled"));
        assertTrue(row.get("acceptedAt").toString().startsWith(a.updatedAt.toString().substring(0, 16)), row.toString());

        // the identity numbers only when asked for
        SheetFixtures.complete(accepted);
        Map<String, Object> plain = mine(given().auth().oauth2(token).get("/api/tracks/M2/exports/accepted"), tag).get(0);
        assertEquals("Française", plain.get("nationality"), "the sheet is there");
        for (String identity : List.of("ine", "birthDate", "birthPlace")) {
            assertNull(plain.get(identity), identity + " without identity=true");
        }
        Map<String, Object> asked = mine(given().auth().oauth2(token).get("/api/tracks/M2/exports/accepted?identity=true"),
                tag).get(0);
        assertEquals("123456789AB", asked.get("ine"));
        assertEquals("2000-03-14", asked.get("birthDate"));

        var waitlist = given().auth().oauth2(token).get("/api/tracks/M2/exports/waitlist");
        List<Map<String, Object>> all = waitlist.then().statusCode(200).extract().jsonPath().getList("$");
        for (int i = 0; i < all.size(); i++) {
            assertEquals(i + 1, all.get(i).get("rank"));
        }
        Map<String, Object> w = mine(waitlist, tag).get(0);
        int published = QuarkusTransaction.requiringNew().call(() -> Decision.of(waiting).orElseThrow().waitlistRank);
        assertEquals(published, w.get("publishedRank"));
        assertEquals(ExportFixtures.reload(waiting).reference, w.get("reference"));

        List<Map<String, Object>> applications = mine(given().auth().oauth2(token).get("/api/tracks/M2/exports/applications"), tag);
        assertEquals(3, applications.size());
        Map<String, Object> draft = applications.stream().filter(r -> "Chloé".equals(r.get("firstName"))).findFirst().orElseThrow();
        assertNull(draft.get("reference"));
        assertEquals("DRAFT", draft.get("status"));
        long inTrack = QuarkusTransaction.requiringNew().call(() -> Application.count("track.id", ReviewFixtures.track(Level.M2).id));
        assertEquals(inTrack, given().auth().oauth2(token).get("/api/tracks/M2/exports/applications").jsonPath().getList("$").size());

        given().auth().oauth2(token).get("/api/tracks/M7/exports/accepted").then().statusCode(404);
    }

    private static List<Map<String, Object>> mine(io.restassured.response.Response response, String tag) {
        JsonPath json = response.then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> rows = json.getList("$");
        return rows.stream().filter(r -> String.valueOf(r.get("email")).contains(tag)).toList();
    }

    @Test
    void otherRolesTokensAreRefused() {
        given().auth().oauth2(accessToken("responsable")).get("/api/tracks/M1/exports/accepted").then().statusCode(403);
        given().auth().oauth2(accessToken("admin")).get("/api/tracks/M1/exports/waitlist").then().statusCode(403);
        given().auth().oauth2(accessToken("candidat")).get("/api/tracks/M1/exports/applications").then().statusCode(403);
    }

    @Test
    void anInvalidTokenIsUnauthorized() {
        given().redirects().follow(false).auth().oauth2("not-a-token").get("/api/tracks/M1/exports/accepted").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "api-head", roles = "head")
    void aHeadIsRefused() {
        given().get("/api/tracks/M1/exports/accepted").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "api-reviewer", roles = "reviewer")
    void aReviewerIsRefused() {
        given().get("/api/tracks/M1/exports/applications").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "api-sec", roles = "secretariat")
    void theApiIsInTheOpenApiDocument() {
        String openapi = given().get("/q/openapi").then().statusCode(200).extract().asString();
        for (String path : List.of("/api/tracks/{level}/exports/accepted", "/api/tracks/{level}/exports/waitlist",
                "/api/tracks/{level}/exports/applications")) {
            assertTrue(openapi.contains(path), path);
        }
        assertTrue(openapi.contains("Secretariat"));
    }
}
