package fr.univlorraine.ieps.security;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.oidc.SecurityEvent;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Login sessions kept by the server, through real sign-ins on the OIDC dev server's login page: the
 * cookie holds a key only, a form token belongs to one session, a logout (here or at the login server)
 * refuses every saved copy of the cookie at once, and the session is tied to its browser.
 */
@QuarkusTest
class SessionTest {

    /** Withdrawing an unknown dossier: 404 once the form token is accepted, the refusal page otherwise. */
    private static final String HARMLESS_POST = "/candidatures/999999999/retrait";
    private static final String FORM = "application/x-www-form-urlencoded";

    @TestHTTPResource("/")
    URL appUrl;

    @Inject
    Event<SecurityEvent> events;

    private OidcDevLogin signedIn(String user) throws URISyntaxException {
        OidcDevLogin browser = new OidcDevLogin(appUrl.toURI());
        assertEquals(200, browser.signInAs(user).last().statusCode());
        return browser;
    }

    private static HttpResponse<String> post(OidcDevLogin browser, String token) {
        return browser.send("POST", HARMLESS_POST, Map.of("Content-Type", FORM), "csrf-token=" + token);
    }

    @Test
    void theSessionCookieHoldsARandomKeyAndTheBrowserABindingCookie() throws URISyntaxException {
        OidcDevLogin browser = signedIn("candidat");
        Map<String, String> cookies = browser.cookies();
        String session = cookies.get("q_session");
        assertTrue(session != null && session.length() < 100 && !session.contains("."),
                "a key, no token, in the session cookie: " + session);
        assertTrue(cookies.containsKey("ieps-session"), "binding cookie expected: " + cookies.keySet());
        assertFalse(cookies.keySet().stream().anyMatch(n -> n.startsWith("q_session_")), "no token cookies: " + cookies.keySet());
    }

    @Test
    void aFormTokenBelongsToOneSessionEvenOfTheSamePerson() throws URISyntaxException {
        OidcDevLogin first = signedIn("candidat");
        OidcDevLogin second = signedIn("candidat");
        String firstToken = first.csrfToken("/candidatures");

        assertEquals(404, post(first, firstToken).statusCode(), "its own session accepts it");
        HttpResponse<String> elsewhere = post(second, firstToken);
        assertEquals(403, elsewhere.statusCode());
        assertThat(elsewhere.body(), containsString("Formulaire refusé"));
        assertEquals(404, post(second, second.csrfToken("/candidatures")).statusCode());
    }

    @Test
    void aCookieSavedBeforeLogoutIsRefusedAtOnce() throws URISyntaxException {
        OidcDevLogin browser = signedIn("candidat");
        Map<String, String> saved = browser.cookies();
        String token = browser.csrfToken("/candidatures");

        HttpResponse<String> logout = browser.get("/deconnexion");
        assertEquals(302, logout.statusCode());
        browser.follow(logout);

        browser.useCookies(saved);
        HttpResponse<String> replay = browser.get("/candidatures");
        assertEquals(302, replay.statusCode(), "the old cookie must not open the page");
        assertEquals("/authorize", OidcDevLogin.location(replay).getPath(), "sent to the login page");
        browser.useCookies(saved);
        HttpResponse<String> replayedPost = post(browser, token);
        assertNotEquals(404, replayedPost.statusCode(), "a replayed form must not reach the resource");
        assertTrue(ended("candidat", "LOGOUT") >= 1, "the session is ended in the database: " + reasons("candidat"));
    }

    @Test
    void theSessionEndsWhenTheLoginServerEndsIt() throws Exception {
        OidcDevLogin browser = signedIn("relecteur");
        Map<String, String> saved = browser.cookies();

        // what the back-channel logout handler fires once it has verified the login server's logout token (the
        // dev server has no back-channel logout; the real one is in SessionIT)
        var verified = new io.quarkus.oidc.runtime.TokenVerificationResult(
                new io.vertx.core.json.JsonObject().put("sub", "relecteur").put("events", new io.vertx.core.json.JsonObject()), null);
        events.fireAsync(new SecurityEvent(SecurityEvent.Type.OIDC_BACKCHANNEL_LOGOUT_INITIATED,
                Map.of("logout_token", verified)));
        for (int i = 0; i < 100 && ended("relecteur", "LOGIN_SERVER_LOGOUT") == 0; i++) {
            Thread.sleep(50);
        }

        browser.useCookies(saved);
        HttpResponse<String> replay = browser.get("/equipe");
        assertEquals(302, replay.statusCode());
        assertEquals("/authorize", OidcDevLogin.location(replay).getPath());
    }

    @Test
    void aSessionCookieWithoutItsBrowsersBindingIsRefused() throws URISyntaxException {
        OidcDevLogin victim = new OidcDevLogin(appUrl.toURI());
        OidcDevLogin attacker = signedIn("scolarite");
        // a sibling site can set a q_session cookie for the whole domain, but not the host-only binding cookie
        victim.useCookies(Map.of("q_session", attacker.cookies().get("q_session")));
        HttpResponse<String> page = victim.get("/secretariat");
        assertEquals(302, page.statusCode());
        assertEquals("/authorize", OidcDevLogin.location(page).getPath());
    }

    @Test
    void cookiesOfTheSessionAreHttpOnlyAndLax() throws URISyntaxException {
        OidcDevLogin browser = new OidcDevLogin(appUrl.toURI());
        OidcDevLogin.Visit visit = browser.follow(browser.submit(browser.openLoginPage().predefinedUsers(),
                Map.of("predefined-admin", "admin")));
        assertEquals(200, visit.last().statusCode());
        HttpResponse<String> again = browser.get("/deconnexion");
        String binding = again.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("ieps-session="))
                .findFirst().orElseThrow(() -> new AssertionError("the logout clears the binding cookie"));
        assertThat(binding, containsStringIgnoringCase("Max-Age=0"));
        assertThat(binding, containsStringIgnoringCase("HttpOnly"));
        assertThat(binding, containsStringIgnoringCase("SameSite=Lax"));
    }

    private static java.util.List<String> reasons(String subject) {
        return QuarkusTransaction.requiringNew().call(() -> LoginSession.<LoginSession>listAll().stream()
                .map(s -> s.id + ":" + s.subject + ":" + s.endReason).toList());
    }

    private static long ended(String subject, String reason) {
        return QuarkusTransaction.requiringNew().call(() -> LoginSession.count("subject = ?1 and endReason = ?2", subject, reason));
    }
}
