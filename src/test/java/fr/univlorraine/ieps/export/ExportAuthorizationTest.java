package fr.univlorraine.ieps.export;

import fr.univlorraine.ieps.FormPost;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.univlorraine.ieps.application.ApplicationStatus;
import fr.univlorraine.ieps.application.EntryRoute;
import fr.univlorraine.ieps.campaign.Level;
import fr.univlorraine.ieps.export.ExportFixtures.Person;
import fr.univlorraine.ieps.review.ReviewFixtures;
import fr.univlorraine.ieps.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Exports and enrolment are the secretariat's: every other role gets 403, heads and admins included,
 * and nothing changes; anonymous people are sent to log in.
 */
@QuarkusTest
class ExportAuthorizationTest {


    static final List<String[]> ROUTES = List.of(
            new String[] {"GET", "/secretariat/exports"},
            new String[] {"GET", "/secretariat/exports/M1/admis/csv"},
            new String[] {"GET", "/secretariat/exports/M2/candidatures/xlsx"},
            new String[] {"GET", "/secretariat/inscriptions"},
            new String[] {"POST", "/secretariat/inscriptions/{id}"},
            new String[] {"GET", "/api/tracks/M1/exports/accepted"},
            new String[] {"GET", "/api/tracks/M1/exports/waitlist"},
            new String[] {"GET", "/api/tracks/M1/exports/applications"});

    private static Long accepted;

    @BeforeEach
    void dossier() {
        ReviewFixtures.openCampaign();
        if (accepted == null) {
            accepted = ExportFixtures.dossier(Level.M1, ExportFixtures.email(ExportFixtures.tag("authz"), 1),
                    new Person("Porte", "Paul", null, EntryRoute.INITIALE, false), ApplicationStatus.ACCEPTED);
        }
    }

    /** Every route as the current user, with a valid CSRF token; the routes whose answer is not {@code expected}. */
    private static List<String> answers(boolean anonymous) {
        // a valid CSRF token (none for anonymous people, who have no session), so that a refusal can only
        // come from the role check
        String csrf = anonymous ? "none" : FormPost.token("/contact");
        List<String> wrong = new ArrayList<>();
        for (String[] route : ROUTES) {
            String path = route[1].replace("{id}", String.valueOf(accepted));
            var request = given().redirects().follow(false);
            Response response = route[0].equals("GET") ? request.get(path)
                    : request.contentType("application/x-www-form-urlencoded").formParam("csrf-token", csrf).post(path);
            boolean ok = anonymous ? response.statusCode() == 302 : response.statusCode() == 403;
            if (!ok) {
                wrong.add(route[0] + " " + path + " → " + response.statusCode());
            }
        }
        return wrong;
    }

    private static void assertRefused() {
        List<String> wrong = answers(false);
        assertTrue(wrong.isEmpty(), "expected 403:\n  " + String.join("\n  ", wrong));
        assertEquals(ApplicationStatus.ACCEPTED, ExportFixtures.reload(accepted).status, "nothing changed");
    }

    @Test
    @TestSecurity(user = "exp-candidate", roles = Roles.CANDIDATE)
    void candidate() {
        assertRefused();
    }

    @Test
    @TestSecurity(user = "exp-reviewer", roles = Roles.REVIEWER)
    void reviewer() {
        assertRefused();
    }

    @Test
    @TestSecurity(user = "exp-head", roles = Roles.HEAD)
    void head() {
        assertRefused();
    }

    @Test
    @TestSecurity(user = "exp-admin", roles = Roles.ADMIN)
    void admin() {
        assertRefused();
        // the admin sees the secretariat's inbox, but not the link to the exports
        String html = given().get("/secretariat").then().statusCode(200).extract().asString();
        assertTrue(!html.contains("/secretariat/exports"), "no link to a page the admin cannot open");
    }

    @Test
    void anonymousPeopleAreSentToLogIn() {
        List<String> wrong = answers(true);
        assertTrue(wrong.isEmpty(), "expected a redirect to the login:\n  " + String.join("\n  ", wrong));
        String location = given().redirects().follow(false).get("/secretariat/exports").header("Location");
        assertTrue(location.contains("/authorize?"), location);
    }

    @Test
    @TestSecurity(user = "exp-secretariat", roles = Roles.SECRETARIAT)
    void theSecretariatSeesTheLinkInTheMenu() {
        String html = given().get("/secretariat").then().statusCode(200).extract().asString();
        assertTrue(html.contains("<a href=\"/secretariat/exports\">Listes et inscriptions</a>"), "menu link");
    }
}
