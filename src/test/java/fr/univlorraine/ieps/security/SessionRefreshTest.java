package fr.univlorraine.ieps.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * When the login server's tokens expire, the session goes on with refreshed tokens under the same
 * cookie: a form opened before the refresh keeps a valid token (a candidate may spend an hour on it).
 * This also holds the OIDC extension to the routing-context keys the session manager relies on.
 */
@QuarkusTest
@TestProfile(SessionRefreshTest.ShortTokens.class)
class SessionRefreshTest {

    public static class ShortTokens implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // the dev server answers a refresh without a new ID token (Keycloak sends one): the extension then
            // makes its own from the first one, signed with the client secret, which must be 32 bytes long
            return Map.of("quarkus.oidc.devservices.id-token-expires-in", "2S",
                    "quarkus.oidc.devservices.access-token-expires-in", "2S",
                    "quarkus.oidc.authentication.id-token-required", "false",
                    "quarkus.oidc.credentials.secret", "test-only-client-secret-0123456789abcdef");
        }
    }

    @TestHTTPResource("/")
    URL appUrl;

    @Test
    void aRefreshKeepsTheSessionAndItsFormTokens() throws Exception {
        long lastBefore = lastSessionId();
        OidcDevLogin browser = new OidcDevLogin(appUrl.toURI());
        assertEquals(200, browser.signInAs("scolarite").last().statusCode());
        String cookie = browser.cookies().get("q_session");
        String token = browser.csrfToken("/secretariat");
        List<Long> before = openSessionsSince(lastBefore);
        assertEquals(1, before.size());

        Thread.sleep(3_500); // the ID and access tokens are now expired: the next request refreshes them

        HttpResponse<String> page = browser.get("/secretariat");
        assertEquals(200, page.statusCode(), "hops to " + page.headers().firstValue("Location").orElse("-"));
        assertEquals(before, openSessionsSince(lastBefore), "the same session goes on");
        LoginSession session = QuarkusTransaction.requiringNew().call(() -> LoginSession.<LoginSession>findById(before.get(0)));
        assertTrue(session.refreshedAt.isAfter(session.createdAt), "its tokens were refreshed");
        assertEquals(cookie, browser.cookies().get("q_session"), "under the same key");
        HttpResponse<String> post = browser.send("POST", "/secretariat/dossiers/999999999/complet",
                Map.of("Content-Type", "application/x-www-form-urlencoded"), "csrf-token=" + token);
        assertEquals(404, post.statusCode(), "the form opened before the refresh is still accepted");
    }

    /** The sessions opened after the given one and still open (other tests leave theirs in the database). */
    private static List<Long> openSessionsSince(long id) {
        return QuarkusTransaction.requiringNew().call(() -> LoginSession.<LoginSession>list("id > ?1 and endedAt is null", id)
                .stream().map(s -> s.id).toList());
    }

    private static long lastSessionId() {
        return QuarkusTransaction.requiringNew().call(() -> LoginSession.<LoginSession>findAll()
                .stream().mapToLong(s -> s.id).max().orElse(0L));
    }
}
