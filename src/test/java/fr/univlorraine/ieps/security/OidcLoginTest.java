package fr.univlorraine.ieps.security;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.univlorraine.ieps.security.OidcDevLogin.LoginPage;
import fr.univlorraine.ieps.security.OidcDevLogin.Visit;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Real sign-ins through the login page of the OIDC dev server (authorization code flow with PKCE,
 * encrypted session cookie), without {@code @TestSecurity}.
 */
@QuarkusTest
class OidcLoginTest {

    /** The heading of /candidatures in French (msg_fr.properties, list_title). */
    private static final String MY_APPLICATIONS = "Mes candidatures";

    @TestHTTPResource("/")
    URL appUrl;

    OidcDevLogin browser;

    @BeforeEach
    void newBrowser() throws URISyntaxException {
        browser = new OidcDevLogin(appUrl.toURI());
    }

    @Test
    void candidateSignsInThroughTheLoginPage() {
        HttpResponse<String> start = browser.get("/connexion");
        assertEquals(302, start.statusCode(), start.body());
        URI authorize = OidcDevLogin.location(start);
        assertEquals("/authorize", authorize.getPath());
        assertThat(authorize.getQuery(), containsString("response_type=code"));
        assertThat(authorize.getQuery(), containsString("code_challenge="));
        assertTrue(browser.cookieNames().stream().anyMatch(name -> name.startsWith("q_auth")),
                "login state cookie expected, the browser holds " + browser.cookieNames());

        LoginPage page = browser.loginPage(authorize);
        assertThat(page.predefinedUsers().hidden().keySet(),
                hasItems("redirect_uri", "response_type", "client_id", "scope"));
        assertThat(page.predefinedUsers().buttons().keySet(), hasItems("predefined-candidat", "predefined-relecteur",
                "predefined-responsable", "predefined-scolarite", "predefined-admin"));
        assertEquals("candidat", page.predefinedUsers().buttons().get("predefined-candidat"));
        assertThat(page.customUser().textInputs(), hasItems("name", "roles"));

        HttpResponse<String> callback = browser.submit(page.predefinedUsers(), Map.of("predefined-candidat", "candidat"));
        assertEquals(302, callback.statusCode());
        URI backToApp = OidcDevLogin.location(callback);
        assertEquals(appUrl.getPort(), backToApp.getPort());
        assertEquals("/connexion", backToApp.getPath());
        assertThat(backToApp.getQuery(), containsString("state="));
        assertThat(backToApp.getQuery(), containsString("code="));

        HttpResponse<String> codeExchanged = browser.get(backToApp);
        assertEquals(302, codeExchanged.statusCode(), codeExchanged.body());
        assertEquals("/connexion", OidcDevLogin.location(codeExchanged).getPath());
        assertTrue(browser.hasSession(), "session cookie expected, the browser holds " + browser.cookieNames());
        String session = codeExchanged.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("q_session=")).findFirst().orElseThrow();
        assertThat(session, containsStringIgnoringCase("HttpOnly"));
        assertThat(session, containsStringIgnoringCase("SameSite=Lax"));

        Visit landing = browser.follow(codeExchanged);
        assertEquals("/candidatures", landing.finalPath(), "hops: " + landing.hops());
        assertEquals(200, landing.last().statusCode());
        assertThat(landing.last().body(), containsString("<h1>" + MY_APPLICATIONS + "</h1>"));
        assertThat(landing.last().body(), containsString(">Candidat<"));
    }

    @Test
    void signedInCandidateReadsTheApiWithTheSessionCookie() {
        browser.signInAs("candidat");

        HttpResponse<String> api = browser.getJson("/api/me/applications");

        assertEquals(200, api.statusCode(), api.body());
        assertThat(api.headers().firstValue("Content-Type").orElse(""), startsWith("application/json"));
        assertEquals("[]", api.body().strip());
    }

    @Test
    void customUserWithoutRolesIsACandidate() {
        Visit landing = browser.signInAsCustomUser("Jeanne Martin", "");

        assertEquals("/candidatures", landing.finalPath(), "hops: " + landing.hops());
        HttpResponse<String> page = browser.get("/candidatures");
        assertEquals(200, page.statusCode());
        assertThat(page.body(), containsString("<h1>" + MY_APPLICATIONS + "</h1>"));
        assertThat(page.body(), containsString(">Jeanne Martin<"));
    }

    @Test
    void reviewerIsRefusedOnCandidatePages() {
        Visit landing = browser.signInAs("relecteur");
        assertEquals("/equipe", landing.finalPath(), "staff land on the team area; hops: " + landing.hops());
        assertThat(browser.get("/equipe").body(), containsString("équipe pédagogique (évaluation)"));

        HttpResponse<String> page = browser.get("/candidatures");

        assertEquals(403, page.statusCode());
        assertThat(page.body(), containsString("<html lang=\"fr\">"));
        assertThat(page.body(), containsString("Accès refusé"));
    }

    @Test
    void logoutEndsTheSession() {
        browser.signInAs("candidat");
        assertEquals(200, browser.get("/candidatures").statusCode());

        HttpResponse<String> logout = browser.get("/deconnexion");
        assertEquals(302, logout.statusCode(), logout.body());
        assertEquals("/logout", OidcDevLogin.location(logout).getPath(), "RP-initiated logout at the login server");
        Visit afterLogout = browser.follow(logout);

        assertEquals("/", afterLogout.finalPath(), "hops: " + afterLogout.hops());
        assertFalse(browser.hasSession(), "session cookies left: " + browser.cookieNames());
        HttpResponse<String> again = browser.get("/candidatures");
        assertEquals(302, again.statusCode());
        assertEquals("/authorize", OidcDevLogin.location(again).getPath());
    }
}
