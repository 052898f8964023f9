package fr.univlorraine.ieps.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.univlorraine.ieps.it.Candidates.Candidate;
import fr.univlorraine.ieps.it.RealBrowser.Browsers;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Keycloak restarted (an upgrade, a new certificate) while candidates are signed in: the login server stops and starts
 * again on the same port with the same data. A signed-in person either goes on where they were, or logs in again and
 * lands on the page they asked for; while it is down they read their dossier or a page that says the login service is
 * unavailable, never an error of the app.
 */
@ExtendWith(RealBrowser.class)
class KeycloakRestartIT {

    private final RealStack stack = RealStack.get();

    KeycloakRestartIT() throws Exception {
    }

    @Test
    void signedInCandidatesGoOnOrLogInAgainAndComeBackToTheSamePage(Browsers browsers) throws Exception {
        Candidate working = Candidates.withDraft(stack, "Oscar", "Patient");
        String form = "/candidatures/" + working.dossier() + "/dossier";
        Browser browser = browsers.open();
        browser.open(form).logInOnKeycloak(working.email(), Candidates.password()).awaitAppPath(form);
        save(browser, "Nancy");

        // a second person has the dossier's documents page open; their app session will be gone when they come back
        Candidate away = Candidates.withDraft(stack, "Pia", "Absente");
        String pieces = "/candidatures/" + away.dossier() + "/pieces";
        Browser other = browsers.open();
        other.open(pieces).logInOnKeycloak(away.email(), Candidates.password()).awaitAppPath(pieces);

        try {
            stack.keycloak.stop();
            // while the login server is down, the signed-in person still reads their dossier (their tokens are still valid)
            browser.open(form);
            assertTrue(browser.path().equals(form) || browser.heading().equals("Service temporairement indisponible"),
                    "the dossier or a page that says the login service is unavailable: " + browser.path() + " " + browser.text());
            assertTrue(!browser.text().contains("Exception") && !browser.text().contains("Erreur inattendue"), browser.text());
        } finally {
            stack.keycloak.start();
        }

        // the first one goes on: the next page loads signed in, or after a new login, on the page asked for
        browser.open(form);
        comeBackTo(browser, form, working);
        assertEquals("Nancy", browser.find("#city").getAttribute("value"), "what was saved before the restart is shown");
        save(browser, "Épinal");
        assertEquals("Épinal", city(working), "and a save after the restart is in the database");

        // the second one's app session is gone (its cookie expired meanwhile): through the restarted Keycloak and back
        long sessionsBefore = loginSessions(away);
        other.driver.manage().getCookies().stream().filter(c -> c.getName().startsWith("q_session"))
                .forEach(c -> other.driver.manage().deleteCookieNamed(c.getName()));
        other.open(pieces);
        comeBackTo(other, pieces, away);
        assertEquals(sessionsBefore + 1, loginSessions(away), "a new app session, opened by the restarted Keycloak's login");
        assertEquals("Pièces justificatives", other.heading(), "the documents page");
    }

    /** The page asked for, signed in: straight away, or once logged in again at Keycloak. */
    private void comeBackTo(Browser browser, String path, Candidate candidate) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(d -> isOn(browser, path)
                || !d.findElements(By.id("kc-form-login")).isEmpty());
        if (!isOn(browser, path)) {
            browser.logInOnKeycloak(candidate.email(), Candidates.password());
            System.out.println("KeycloakRestartIT: " + candidate.email() + " typed the password again for " + path);
        } else {
            System.out.println("KeycloakRestartIT: " + candidate.email() + " at " + path + " without typing a password");
        }
        browser.awaitAppPath(path);
        assertEquals(path, browser.path(), "back on the page asked for");
        assertTrue(browser.text().contains(candidate.firstName()), "signed in as the candidate: " + browser.text());
    }

    private boolean isOn(Browser browser, String path) {
        java.net.URI now = java.net.URI.create(browser.url());
        return now.getPort() == stack.app.base.getPort() && now.getPath().equals(path);
    }

    private static void save(Browser browser, String city) {
        browser.type("#city", city);
        browser.clickAndAwaitNextPage("button[name=action][value=save]:not(.visually-hidden)");
        assertTrue(browser.url().contains("ok=saved"), "saved: " + browser.url() + " " + browser.text());
    }

    private long loginSessions(Candidate candidate) throws Exception {
        try (Connection db = stack.database(); PreparedStatement q = db.prepareStatement("select count(*) from login_session where subject = ?")) {
            q.setString(1, candidate.subject());
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private String city(Candidate candidate) throws Exception {
        try (Connection db = stack.database(); PreparedStatement q = db.prepareStatement("select city from application where id = ?")) {
            q.setLong(1, candidate.dossier());
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
