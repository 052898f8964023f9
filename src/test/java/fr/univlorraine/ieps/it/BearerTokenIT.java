package fr.univlorraine.ieps.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The JSON API takes bearer tokens of the realm "ieps" meant for this app, and only those: a token
 * of another realm, or of another client of the same realm, is refused.
 */
class BearerTokenIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static RealStack stack;

    @BeforeAll
    static void clients() throws Exception {
        stack = RealStack.get();
        // a script of the programme, given the app as audience by the realm, and an unrelated client
        stack.keycloak.createTestClient("ieps-api-tests", "ieps-api-tests-secret", "admissions-ieps");
        stack.keycloak.createTestClient("other-app", "other-app-secret", null);
    }

    @Test
    void tokenOfTheRealmMeantForTheAppIsAccepted() throws Exception {
        String token = stack.keycloak.passwordGrantToken(KeycloakServer.REALM, "ieps-api-tests", "ieps-api-tests-secret",
                "candidat@example.org", "candidat-demo-2027");
        HttpResponse<String> response = api(token);
        assertEquals(200, response.statusCode(), response.body());
        assertEquals('[', response.body().charAt(0), response.body());
    }

    @Test
    void tokenOfAnotherClientOfTheRealmIsRefused() throws Exception {
        String token = stack.keycloak.passwordGrantToken(KeycloakServer.REALM, "other-app", "other-app-secret",
                "candidat@example.org", "candidat-demo-2027");
        assertEquals(401, api(token).statusCode());
    }

    @Test
    void tokenOfAnotherRealmIsRefused() throws Exception {
        assertEquals(401, api(stack.keycloak.adminToken()).statusCode());
    }

    @Test
    void forgedTokenIsRefused() throws Exception {
        String token = stack.keycloak.passwordGrantToken(KeycloakServer.REALM, "ieps-api-tests", "ieps-api-tests-secret",
                "candidat@example.org", "candidat-demo-2027");
        String[] parts = token.split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        assertEquals(401, api(forged).statusCode());
    }

    @Test
    void staffTokenOnTheCandidateApiIsForbidden() throws Exception {
        String token = stack.keycloak.passwordGrantToken(KeycloakServer.REALM, "ieps-api-tests", "ieps-api-tests-secret",
                "relecteur@example.org", "relecteur-demo-2027");
        assertEquals(403, api(token).statusCode());
    }

    private static HttpResponse<String> api(String token) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(stack.app.base.resolve("/api/me/applications"))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").build(), BodyHandlers.ofString());
    }
}
