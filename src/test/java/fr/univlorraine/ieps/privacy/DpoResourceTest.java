package fr.univlorraine.ieps.privacy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.univlorraine.ieps.web.Screenshots;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The DPO's hub and the menu a DPO sees: the data protection pages, no public page's links and no staff page's; the
 * admin finds the hub in their menu too; the login takes the DPO to the hub.
 */
@QuarkusTest
class DpoResourceTest {

    private static final Pattern NAV = Pattern.compile("<nav class=\"site-nav\".*?</nav>", Pattern.DOTALL);

    @Test
    @TestSecurity(user = "hub-dpo", roles = "dpo")
    void theHubLinksTheJournalThePurgesAndTheRecords() {
        String page = given().get("/dpo").then().statusCode(200).extract().asString();
        assertTrue(page.contains("<h1>Protection des données</h1>"), page);
        for (String link : new String[] {"/dpo/journal", "/dpo/purges", "/dpo/registre"}) {
            assertTrue(page.contains("href=\"" + link + "\""), link);
        }
        String english = given().header("Accept-Language", "en").get("/dpo").then().statusCode(200).extract().asString();
        assertTrue(english.contains("<h1>Data protection</h1>"), english);
        Screenshots.take("dpo-hub", page, 900);
        Screenshots.takePhone("dpo-hub-phone", page, 1400);
        Screenshots.take("dpo-hub-en", english, 900);
    }

    @Test
    @TestSecurity(user = "menu-dpo", roles = "dpo")
    void theDposMenuHoldsTheirPagesAndNoPublicOrStaffLink() {
        String menu = nav(given().get("/dpo").asString());
        assertTrue(menu.contains("href=\"/dpo\""), menu);
        for (String other : new String[] {"href=\"/\"", "/candidater", "/calendrier", "/candidatures", "/equipe", "/secretariat",
                "/admin/"}) {
            assertFalse(menu.contains(other), other + " in " + menu);
        }
        given().redirects().follow(false).get("/connexion").then().statusCode(303).header("Location", endsWith("/dpo"));
    }

    @Test
    @TestSecurity(user = "menu-admin", roles = "admin")
    void theAdminFindsTheHubInTheirMenu() {
        String menu = nav(given().get("/dpo").then().statusCode(200).extract().asString());
        assertTrue(menu.contains("href=\"/dpo\""), menu);
        assertTrue(menu.contains("href=\"/admin/pieces\""), menu);
    }

    @Test
    @TestSecurity(user = "menu-head", roles = "head")
    void otherStaffHaveNoLinkToTheHub() {
        String menu = nav(given().get("/equipe").then().statusCode(200).extract().asString());
        assertFalse(menu.contains("href=\"/dpo\""), menu);
        given().redirects().follow(false).get("/dpo").then().statusCode(403);
    }

    private static String nav(String page) {
        Matcher m = NAV.matcher(page);
        assertTrue(m.find(), page);
        return m.group();
    }
}
