package fr.univlorraine.ieps.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The login server is unreachable when the app starts: the app starts anyway and says so clearly. */
class KeycloakDownIT {

    private static AppServer app;
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void startAppWhileKeycloakIsDown() throws Exception {
        app = RealStack.get().startAppWithKeycloakDown();
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void appStartsAndHealthSaysTheLoginServerIsDown() throws Exception {
        assertEquals(200, get("/q/health/live").statusCode(), "the app is alive");
        HttpResponse<String> ready = get("/q/health/ready");
        assertEquals(503, ready.statusCode(), ready.body());
        assertTrue(ready.body().contains("\"status\": \"DOWN\"") || ready.body().contains("\"status\":\"DOWN\""), ready.body());
        assertTrue(ready.body().toLowerCase().contains("oidc"), "the DOWN check is the login server's: " + ready.body());
    }

    @Test
    void publicPagesStillWork() throws Exception {
        HttpResponse<String> home = get("/");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("Master"), home.body());
    }

    @Test
    void loginShowsAServiceUnavailablePageNotAStackTrace() throws Exception {
        for (String path : new String[] {"/connexion", "/candidatures"}) {
            HttpResponse<String> page = get(path);
            assertEquals(503, page.statusCode(), path + ": " + page.body());
            assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), path);
            assertTrue(page.body().contains("Service temporairement indisponible"), page.body());
            assertTrue(page.headers().firstValue("Retry-After").isPresent(), "a Retry-After header tells clients when to retry");
            assertFalse(page.body().contains("Exception"), page.body());
        }
    }

    @Test
    void personClickingLogInReadsTheExplanationInTheirLanguage() throws Exception {
        RealBrowser.requireChromium();
        try (Browser browser = new Browser(app.base)) {
            browser.open("/").click("a[href='/connexion']");
            assertEquals("Service temporairement indisponible", browser.heading());
            browser.keepScreenshot("keycloak-down-fr");
            browser.open("/langue/en?retour=/connexion");
            assertEquals("Service temporarily unavailable", browser.heading());
        }
    }

    @Test
    void bearerTokenCallsGetA503InJson() throws Exception {
        HttpResponse<String> api = HTTP.send(HttpRequest.newBuilder(app.base.resolve("/api/me/applications"))
                .header("Authorization", "Bearer abc.def.ghi").header("Accept", "application/json").build(), BodyHandlers.ofString());
        assertEquals(503, api.statusCode(), api.body());
        assertTrue(api.body().contains("\"status\":503"), api.body());
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(app.base + path)).header("Accept-Language", "fr").build(),
                BodyHandlers.ofString());
    }
}
