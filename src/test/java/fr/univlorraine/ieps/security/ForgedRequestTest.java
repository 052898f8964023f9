package fr.univlorraine.ieps.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.univlorraine.ieps.DatabaseFingerprint;
import fr.univlorraine.ieps.FormPost;
import fr.univlorraine.ieps.notification.MailOutbox;
import fr.univlorraine.ieps.security.DeployedRoutes.Route;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Forged requests against every state-changing route of the deployed app, read from its OpenAPI
 * document (so a new route is covered the day it is added): with a valid session, each is sent with no
 * Content-Type, as text/plain, as a form without token, with another session's token, and with a valid
 * token from another site. Every one is refused with the page that says so, and nothing is written and
 * no mail is sent.
 */
@QuarkusTest
class ForgedRequestTest {

    private static final String REFUSED_PAGE = "Formulaire refusé";
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @TestHTTPResource("/")
    URL appUrl;

    @Inject
    MockMailbox mailbox;

    @Inject
    MailOutbox outbox;

    @Inject
    SecurityConfig config;

    static List<Route> deployedRoutes() {
        return DeployedRoutes.stateChanging();
    }

    @Test
    void theDeployedListHasEveryStateChangingMethodOfTheCode() throws IOException {
        Set<String> deployed = new TreeSet<>();
        deployedRoutes().forEach(r -> deployed.add(r.toString()));
        Set<String> declared = new TreeSet<>();
        Path classes = Path.of("target/classes");
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type;
                try {
                    type = Class.forName(name, false, getClass().getClassLoader());
                } catch (ClassNotFoundException | LinkageError e) {
                    continue;
                }
                jakarta.ws.rs.Path base = type.getAnnotation(jakarta.ws.rs.Path.class);
                if (base == null) {
                    continue;
                }
                for (Method m : type.getDeclaredMethods()) {
                    String verb = m.isAnnotationPresent(POST.class) ? "POST" : m.isAnnotationPresent(PUT.class) ? "PUT"
                            : m.isAnnotationPresent(DELETE.class) ? "DELETE" : m.isAnnotationPresent(PATCH.class) ? "PATCH" : null;
                    if (verb != null) {
                        jakarta.ws.rs.Path sub = m.getAnnotation(jakarta.ws.rs.Path.class);
                        declared.add(verb + " " + join(base.value(), sub == null ? "" : sub.value()));
                    }
                }
            }
        }
        assertFalse(declared.isEmpty());
        Set<String> missing = new TreeSet<>(declared);
        missing.removeAll(deployed);
        assertTrue(missing.isEmpty(), "state-changing routes the OpenAPI document does not list: " + missing);
    }

    @Test
    @TestSecurity(user = "forged-requests", roles = {"candidate", "reviewer", "head", "secretariat", "admin"})
    void everyStateChangingRouteRefusesForgedRequests() throws Exception {
        List<Route> routes = deployedRoutes();
        assertTrue(routes.size() >= 40, "routes found: " + routes);
        assertTrue(routes.stream().anyMatch(r -> r.template().equals("/admin/pieces/types/{id}/modele")
                && r.consumes().startsWith("multipart/")), "the admin's upload of a model is covered: " + routes);
        String ownToken = FormPost.token("/contact");
        String foreignToken = anotherSessionsToken();
        outbox.sendDue();
        int mails = mailbox.getTotalMessagesSent();
        Map<String, String> before = DatabaseFingerprint.take();

        List<String> wrong = new ArrayList<>();
        for (Route route : routes) {
            String field = "csrf-token=" + ownToken + "&reason=forged";
            check(wrong, route, "no Content-Type", Map.of(), field);
            check(wrong, route, "text/plain", Map.of("Content-Type", "text/plain"), field);
            check(wrong, route, "form without token", Map.of(), null);
            check(wrong, route, "another session's token", Map.of(), foreignToken);
            check(wrong, route, "from a sibling site", Map.of("Origin", "https://evil.univ-lorraine.fr"), ownToken);
            check(wrong, route, "cross-site fetch", Map.of("Sec-Fetch-Site", "same-site"), ownToken);
        }

        assertTrue(wrong.isEmpty(), "accepted forged requests:\n  " + String.join("\n  ", wrong));
        assertEquals(before, DatabaseFingerprint.take(), "a forged request changed the database (or owed a mail)");
        outbox.sendDue();
        assertEquals(mails, mailbox.getTotalMessagesSent(), "a forged request sent a mail");
    }

    @Test
    @TestSecurity(user = "forged-control", roles = {"candidate"})
    void theSameRequestWithItsTokenGetsThrough() throws Exception {
        // the control of the test above: a route reached with a valid token is not refused as forged
        String token = FormPost.token("/contact");
        HttpResponse<String> response = send("POST", "/candidatures/999999999/retrait",
                Map.of("Content-Type", "application/x-www-form-urlencoded"), "csrf-token=" + token);
        assertEquals(404, response.statusCode(), response.body());
        HttpResponse<String> viaHeader = send("POST", "/candidatures/999999999/retrait",
                Map.of("Content-Type", "text/plain", "X-CSRF-Token", token, "Sec-Fetch-Site", "same-origin",
                        "Origin", appUrl.toString().replaceAll("/$", "")), "");
        assertFalse(viaHeader.body().contains(REFUSED_PAGE), viaHeader.body());
    }

    /**
     * Sends one forged variant of a route. {@code token}: the token to put where the route reads it (form
     * field, or header for the API's non-form bodies); the variants with a raw body put it in that body.
     */
    private void check(List<String> wrong, Route route, String variant, Map<String, String> headers, String token)
            throws IOException, InterruptedException {
        Map<String, String> h = new LinkedHashMap<>(headers);
        String body;
        if (variant.equals("no Content-Type") || variant.equals("text/plain")) {
            body = token;
        } else if (route.consumes().startsWith("multipart/")) {
            String boundary = "----forged" + UUID.randomUUID().toString().replace("-", "");
            h.put("Content-Type", "multipart/form-data; boundary=" + boundary);
            body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"reason\"\r\n\r\nforged\r\n"
                    + (token == null ? "" : "--" + boundary + "\r\nContent-Disposition: form-data; name=\"csrf-token\"\r\n\r\n"
                            + token + "\r\n")
                    + "--" + boundary + "--\r\n";
        } else if (route.consumes().equals("application/x-www-form-urlencoded")) {
            h.put("Content-Type", "application/x-www-form-urlencoded");
            body = "reason=forged" + (token == null ? "" : "&csrf-token=" + token);
        } else {
            h.put("Content-Type", route.consumes());
            if (token != null) {
                h.put("X-CSRF-Token", token);
            }
            body = "%PDF-1.4 forged";
        }
        HttpResponse<String> response = send(route.method().toUpperCase(Locale.ROOT), route.path(), h, body);
        boolean refused = response.statusCode() == 403
                && (route.api() ? response.body().contains("error_csrf_text") : response.body().contains(REFUSED_PAGE));
        if (!refused) {
            wrong.add(route + " (" + variant + ") → " + response.statusCode());
        }
    }

    private HttpResponse<String> send(String method, String path, Map<String, String> headers, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        try {
            return appUrl.toURI().resolve(path);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A valid token of somebody else, made by the application's own code. (Two real sessions of one person
     * are in SessionTest: here every request is the test identity's.)
     */
    private String anotherSessionsToken() {
        CsrfTokens other = new CsrfTokens();
        other.config = config;
        other.identity = QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal("someone-else")).build();
        String token = other.token();
        assertTrue(other.isValid(token));
        return token;
    }

    private static String join(String base, String sub) {
        String path = ("/" + base + "/" + sub).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
