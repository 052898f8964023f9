package fr.univlorraine.ieps.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.univlorraine.ieps.DatabaseFingerprint;
import fr.univlorraine.ieps.FormPost;
import fr.univlorraine.ieps.notification.MailOutbox;
import fr.univlorraine.ieps.security.DeployedRoutes;
import fr.univlorraine.ieps.security.DeployedRoutes.Route;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The data protection officer reads and changes nothing: every state-changing route of the deployed app (read from its
 * OpenAPI document, so a new one is covered the day it appears) answers 403 to a DPO who sends it with a valid token,
 * so that the refusal is the role's and not the forged-request guard's; the database is the same afterwards and no
 * mail is owed.
 */
@QuarkusTest
class DpoChangesNothingTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @TestHTTPResource("/")
    URL appUrl;

    @Inject
    MockMailbox mailbox;

    @Inject
    MailOutbox outbox;

    static List<Route> stateChangingRoutes() {
        return DeployedRoutes.stateChanging().stream()
                .filter(r -> !r.template().startsWith("/q/") && !r.template().startsWith("/test-only/")).toList();
    }

    @Test
    @TestSecurity(user = "dpo-changes-nothing", roles = "dpo")
    void everyStateChangingRouteRefusesTheDpo() throws Exception {
        List<Route> routes = stateChangingRoutes();
        assertTrue(routes.size() >= 40, "routes found: " + routes);
        String token = FormPost.token("/dpo");
        outbox.sendDue();
        int mails = mailbox.getTotalMessagesSent();
        Map<String, String> before = DatabaseFingerprint.take();

        List<String> wrong = new ArrayList<>();
        for (Route route : routes) {
            HttpResponse<String> response = send(route, token);
            if (response.statusCode() != 403 || refusedAsForged(response)) {
                wrong.add(route + " → " + response.statusCode() + (refusedAsForged(response) ? " (as a forged request)" : ""));
            }
        }

        assertTrue(wrong.isEmpty(), "routes a DPO was not refused by role:\n  " + String.join("\n  ", wrong));
        assertEquals(before, DatabaseFingerprint.take(), "a DPO's request changed the database (or owed a mail)");
        outbox.sendDue();
        assertEquals(mails, mailbox.getTotalMessagesSent(), "a DPO's request sent a mail");
    }

    @Test
    @TestSecurity(user = "dpo-control-candidate", roles = "candidate")
    void theSameRequestFromSomeoneTheRouteIsForGetsPastTheRoleCheck() throws Exception {
        // the control of the test above: its requests pass the forged-request guard, so its 403s are the role's
        String token = FormPost.token("/candidatures");
        HttpResponse<String> withdraw = send(new Route("post", "/candidatures/{id}/retrait",
                "application/x-www-form-urlencoded"), token);
        assertEquals(404, withdraw.statusCode(), withdraw.body());
        HttpResponse<String> upload = send(new Route("post", "/candidatures/{id}/pieces/{code}",
                "multipart/form-data"), token);
        assertFalse(upload.statusCode() == 403, upload.body());
    }

    private static boolean refusedAsForged(HttpResponse<String> response) {
        return response.body().contains("Formulaire refusé") || response.body().contains("error_csrf_text");
    }

    /** The route as a page of the app would send it: its token in the body and in the header, from the app's origin. */
    private HttpResponse<String> send(Route route, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(appUrl.toURI().resolve(route.path("987654321")))
                .header("X-CSRF-Token", token)
                .header("Origin", appUrl.toString().replaceAll("/$", ""))
                .header("Sec-Fetch-Site", "same-origin");
        String body;
        if (route.consumes().startsWith("multipart/")) {
            String boundary = "----dpo" + UUID.randomUUID().toString().replace("-", "");
            request.header("Content-Type", "multipart/form-data; boundary=" + boundary);
            body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"csrf-token\"\r\n\r\n" + token + "\r\n"
                    + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"reason\"\r\n\r\ndpo\r\n"
                    + "--" + boundary + "--\r\n";
        } else if (route.consumes().equals("application/x-www-form-urlencoded")) {
            request.header("Content-Type", "application/x-www-form-urlencoded");
            body = "csrf-token=" + token + "&reason=dpo";
        } else {
            request.header("Content-Type", route.consumes());
            body = route.consumes().contains("json") ? "{}" : "dpo";
        }
        return HTTP.send(request.method(route.method().toUpperCase(Locale.ROOT), HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
