package fr.univlorraine.ieps.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.univlorraine.ieps.it.RealBrowser.Browsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each role logs in on the real Keycloak and sees only what it may; logging out ends the Keycloak
 * session too. Accounts: docker/keycloak/ieps-users-0.json (local and test use only).
 */
@ExtendWith(RealBrowser.class)
class StaffAccessIT {

    @ParameterizedTest(name = "{0} sees the team area, not the candidate pages")
    @CsvSource({
            "relecteur@example.org,   relecteur-demo-2027,   équipe pédagogique (évaluation)",
            "responsable@example.org, responsable-demo-2027, responsable du master",
            "scolarite@example.org,   scolarite-demo-2027,   secrétariat",
            "admin@example.org,       admin-demo-2027!,      administration"})
    void staffMemberSeesTheTeamAreaOnly(String username, String password, String role, Browsers browsers) throws Exception {
        Browser browser = browsers.open();
        browser.open("/").click("a[href='/connexion']");
        browser.logInOnKeycloak(username, password).awaitAppPath("/equipe");
        assertEquals("Espace équipe", browser.heading());
        assertTrue(browser.text().contains(role), "the page names the role: " + browser.text());
        assertTrue(browser.text().contains("Places restantes"), "the campaign's figures are shown");
        browser.keepScreenshot("team-area-" + username.substring(0, username.indexOf('@')));
        assertFalse(browser.all("a[href='/equipe']").isEmpty(), "the header links to the team area");
        assertTrue(browser.all("a[href='/candidatures']").isEmpty(), "no link to the candidate pages");

        browser.open("/candidatures");
        assertEquals("Accès refusé", browser.heading(), "a staff member cannot use the candidate pages");
    }

    @Test
    void dataProtectionOfficerReadsTheTrailAndNothingElse(Browsers browsers) throws Exception {
        Browser browser = browsers.open();
        browser.open("/").click("a[href='/connexion']");
        browser.logInOnKeycloak("dpd@example.org", "dpd-demo-2027!").awaitAppPath("/dpo");
        assertEquals("Protection des données", browser.heading());
        browser.keepScreenshot("dpo-hub");
        for (String page : new String[] {"/dpo/journal", "/dpo/registre", "/dpo/purges"}) {
            assertFalse(browser.all("a[href='" + page + "']").isEmpty(), "the hub links to " + page);
        }
        assertTrue(browser.all("a[href='/candidatures']").isEmpty(), "no link to the candidate pages");

        browser.click("a[href='/dpo/journal']").awaitAppPath("/dpo/journal");
        assertEquals("Journal d’audit", browser.heading());
        browser.open("/dpo/registre");
        assertEquals("Registre des activités de traitement", browser.heading());
        for (String staffPage : new String[] {"/secretariat", "/responsable", "/admin/formations", "/candidatures"}) {
            browser.open(staffPage);
            assertEquals("Accès refusé", browser.heading(), "the DPO cannot open " + staffPage);
        }
    }

    @Test
    void candidateTypingAStaffUrlIsRefused(Browsers browsers) throws Exception {
        Browser browser = browsers.open();
        browser.open("/connexion").logInOnKeycloak("candidat@example.org", "candidat-demo-2027").awaitAppPath("/candidatures");
        assertTrue(browser.all("a[href='/equipe']").isEmpty(), "no link to the team area for a candidate");
        browser.open("/equipe");
        assertEquals("Accès refusé", browser.heading());
        assertFalse(browser.text().contains("Places restantes"), "nothing of the team area leaks");
    }

    @Test
    void logoutEndsTheKeycloakSessionToo(Browsers browsers) throws Exception {
        KeycloakServer keycloak = RealStack.get().keycloak;
        int before = keycloak.sessionCount("scolarite@example.org");  // other tests' browsers may still be logged in
        Browser browser = browsers.open();
        browser.open("/connexion").logInOnKeycloak("scolarite@example.org", "scolarite-demo-2027").awaitAppPath("/equipe");
        assertEquals(before + 1, keycloak.sessionCount("scolarite@example.org"));

        browser.click("a[href='/deconnexion']").awaitAppPath("/");
        assertEquals("/", browser.path(), "logout returns to the home page");
        assertFalse(browser.all("a[href='/connexion']").isEmpty(), "the header offers to log in again");
        assertEquals(before, keycloak.sessionCount("scolarite@example.org"), "this browser's Keycloak session has ended");

        browser.open("/equipe").awaitKeycloakLogin();  // not silently logged in again
        assertTrue(browser.url().contains("/realms/ieps/"), browser.url());
    }
}
