package fr.univlorraine.ieps.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import fr.univlorraine.ieps.it.RealBrowser.Browsers;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Sessions and forged requests on the real stack (packaged app in production mode, Keycloak, PostgreSQL,
 * Chromium): a cookie saved before a logout, here or on Keycloak, is refused at once; the production
 * cookies and headers; a page of a sibling site cannot make a signed-in browser post to the app.
 */
@ExtendWith(RealBrowser.class)
class SessionIT {

    private static final String PASSWORD = "Sessions-Metz-2027";
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private final RealStack stack = RealStack.get();

    SessionIT() throws Exception {
    }

    @Test
    void aCookieSavedBeforeLogoutIsRefusedAtOnce(Browsers browsers) throws Exception {
        Browser browser = browsers.open();
        browser.open("/connexion").logInOnKeycloak("candidat@example.org", "candidat-demo-2027").awaitAppPath("/candidatures");
        String saved = cookieHeader(browser);
        assertEquals(200, replay(saved, "/candidatures").statusCode(), "the saved cookies work while signed in");

        browser.click("a[href='/deconnexion']").awaitAppPath("/");

        HttpResponse<String> replay = replay(saved, "/candidatures");
        assertEquals(302, replay.statusCode(), "the cookie saved before the logout is refused at once");
        assertTrue(replay.headers().firstValue("Location").orElse("").contains("/realms/ieps/"), "sent to the login page");
    }

    @Test
    void whenKeycloakEndsTheSessionTheAppEndsItToo(Browsers browsers) throws Exception {
        // an account of its own: other tests leave sessions of the demo accounts open on Keycloak
        String email = "ended." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String subject = stack.keycloak.createCandidateUser(email, "Sacha", "Terminé", PASSWORD);
        Browser browser = browsers.open();
        browser.open("/connexion").logInOnKeycloak(email, PASSWORD).awaitAppPath("/candidatures");
        String saved = cookieHeader(browser);
        assertEquals(200, replay(saved, "/candidatures").statusCode());

        // an administrator ends the person's sessions on Keycloak, which calls the app's back-channel logout
        long endedBefore = endedByKeycloak(subject);
        stack.keycloak.endSessions(email);
        // ended in the database, before any request of this browser: another app instance refuses it as well
        for (int i = 0; i < 100 && endedByKeycloak(subject) == endedBefore; i++) {
            Thread.sleep(100);
        }
        assertTrue(endedByKeycloak(subject) > endedBefore, "the session row ended on the back-channel call");

        HttpResponse<String> replay = replay(saved, "/candidatures");
        assertEquals(302, replay.statusCode(), "the app's session ended with Keycloak's, without waiting for its tokens to expire");
        browser.open("/candidatures").awaitKeycloakLogin();
    }

    @Test
    void productionCookiesAndHeaders(Browsers browsers) throws Exception {
        Browser browser = browsers.open();
        browser.open("/connexion").logInOnKeycloak("scolarite@example.org", "scolarite-demo-2027").awaitAppPath("/equipe");
        Set<String> names = browser.driver.manage().getCookies().stream().map(Cookie::getName).collect(Collectors.toSet());
        assertTrue(names.contains("__Host-ieps-session"), "the session's binding cookie is __Host- prefixed: " + names);
        Cookie binding = browser.driver.manage().getCookieNamed("__Host-ieps-session");
        assertTrue(binding.isSecure() && binding.isHttpOnly() && "/".equals(binding.getPath()), binding.toString());

        HttpResponse<String> home = HTTP.send(HttpRequest.newBuilder(stack.app.base.resolve("/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(home.headers().firstValue("Strict-Transport-Security").orElse("").contains("max-age="), "HSTS");
        HttpResponse<String> language = HTTP.send(HttpRequest.newBuilder(stack.app.base.resolve("/langue/en?retour=/")).build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = language.headers().firstValue("Set-Cookie").orElse("");
        assertTrue(cookie.startsWith("ieps-lang=en") && cookie.contains("Secure"), cookie);
        assertEquals("/", language.headers().firstValue("Location").orElse(""), "a path, not a host from the request");
    }

    @Test
    void aSiblingSitesPageCannotMakeASignedInBrowserPost(Browsers browsers) throws Exception {
        String email = "forged." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String subject = stack.keycloak.createCandidateUser(email, "Camille", "Visée", PASSWORD);
        Browser browser = browsers.open();
        browser.open("/connexion").logInOnKeycloak(email, PASSWORD).awaitAppPath("/candidatures");
        long trackId = openTrack("M1");

        // another site of the same domain (same host, another port: same-site, so SameSite=Lax cookies go along)
        String body = "trackId=" + trackId + "&entryRoute=INITIALE";
        String page = "<!DOCTYPE html><html><head><title>attack</title></head><body>"
                + "<form id='f' method='post' enctype='text/plain' action='" + stack.app.base.resolve("/candidatures")
                + "' target='sink'><input name='trackId=" + trackId + "&entryRoute' value='INITIALE'></form>"
                + "<iframe name='sink'></iframe><script>"
                + "fetch('" + stack.app.base.resolve("/candidatures") + "', {method: 'POST', mode: 'no-cors',"
                + " credentials: 'include', body: new Blob(['" + body + "'])})"
                + ".finally(function () { document.getElementById('f').submit();"
                + " setTimeout(function () { document.title = 'sent'; }, 1500); });"
                + "</script></body></html>";
        HttpServer sibling = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        sibling.createContext("/", exchange -> {
            byte[] html = page.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, html.length);
            exchange.getResponseBody().write(html);
            exchange.close();
        });
        sibling.start();
        try {
            browser.open("http://127.0.0.1:" + sibling.getAddress().getPort() + "/");
            new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(d -> "sent".equals(d.getTitle()));
        } finally {
            sibling.stop(0);
        }
        assertEquals(0, applicationsOf(subject), "the forged posts created no application");
        assertTrue(stack.app.log().contains("Refused POST /candidatures"), "the app logged the refusals");
    }

    // ---- helpers

    private static String cookieHeader(Browser browser) {
        return browser.driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
    }

    private HttpResponse<String> replay(String cookies, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(stack.app.base.resolve(path)).header("Cookie", cookies).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private long openTrack(String level) throws Exception {
        try (Connection db = stack.database(); PreparedStatement q = db.prepareStatement("select t.id from track t join campaign c"
                + " on c.id = t.campaign_id where t.level = ? order by c.start_year desc limit 1")) {
            q.setString(1, level);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private long endedByKeycloak(String subject) throws Exception {
        try (Connection db = stack.database(); PreparedStatement q = db.prepareStatement(
                "select count(*) from login_session where subject = ? and end_reason = 'LOGIN_SERVER_LOGOUT'")) {
            q.setString(1, subject);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private long applicationsOf(String subject) throws Exception {
        try (Connection db = stack.database();
                PreparedStatement q = db.prepareStatement("select count(*) from application where candidate_subject = ?")) {
            q.setString(1, subject);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
