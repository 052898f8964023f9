package fr.univlorraine.ieps.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The real Keycloak (keycloak-quarkus-dist from Maven Central, unpacked by the build under target/keycloak),
 * started as docker/keycloak/run-local.sh starts it: a fresh import of docker/keycloak/realm-ieps.json and
 * the demo staff users, on 127.0.0.1, plus a bootstrap admin whose REST API the tests use to look behind
 * the scenes (sessions, extra clients).
 */
final class KeycloakServer implements AutoCloseable {

    static final String REALM = "ieps";
    private static final ObjectMapper JSON = new ObjectMapper();

    final URI base;
    final String clientSecret = "it-secret-" + UUID.randomUUID();
    private final String adminPassword = "it-admin-" + UUID.randomUUID();
    private final HttpClient http = HttpClient.newHttpClient();
    private final ProcessBuilder command;
    private final Path log;
    private ServerProcess process;
    private final URI readiness;

    private KeycloakServer(Path dist, Path realmDir, int port, URI appUrl, Path log) throws IOException {
        this.base = URI.create("http://127.0.0.1:" + port);
        Path data = dist.resolve("data");
        ServerProcess.deleteRecursively(data);  // the realm files are the source of truth: import them afresh
        Path imports = Files.createDirectories(data.resolve("import"));
        Files.copy(realmDir.resolve("realm-ieps.json"), imports.resolve("ieps-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(realmDir.resolve("ieps-users-0.json"), imports.resolve("ieps-users-0.json"), StandardCopyOption.REPLACE_EXISTING);
        int management = ServerProcess.freePort();
        var builder = new ProcessBuilder("bash", dist.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-host=127.0.0.1", "--http-port=" + port, "--http-management-port=" + management,
                "--health-enabled=true", "--import-realm").directory(dist.toFile());
        Map<String, String> env = builder.environment();
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
        // the placeholders of realm-ieps.json, as docker/compose.yml sets them
        env.put("IEPS_OIDC_CLIENT_SECRET", clientSecret);
        env.put("IEPS_PUBLIC_URL", appUrl.toString());
        env.put("IEPS_APP_BACKCHANNEL_URL", appUrl.toString());
        env.put("IEPS_KEYCLOAK_VERIFY_EMAIL", "false");  // as run-local.sh: no mail to confirm in local runs
        this.command = builder;
        this.log = log;
        this.process = new ServerProcess("Keycloak", builder, log);
        this.readiness = URI.create("http://127.0.0.1:" + management + "/health/ready");
    }

    /** Starts Keycloak and waits until it is ready (20 to 60 s on 2 cores, the first time it also builds itself). */
    static KeycloakServer start(Path dist, Path realmDir, int port, URI appUrl, Path log) throws IOException, InterruptedException {
        if (!Files.isRegularFile(dist.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("Keycloak is not unpacked at " + dist
                    + ": the build unpacks it in the pre-integration-test phase (./mvnw verify)");
        }
        var keycloak = new KeycloakServer(dist, realmDir, port, appUrl, log);
        try {
            keycloak.process.awaitHttp200(keycloak.readiness, Duration.ofSeconds(240));
        } catch (IOException | InterruptedException | RuntimeException e) {
            keycloak.close();
            throw e;
        }
        return keycloak;
    }

    /** Stops Keycloak as an operator would (SIGTERM): the login server is down until {@link #start()}. */
    synchronized void stop() {
        process.close();
    }

    /**
     * Starts the stopped Keycloak again on the same ports with the same data (its database: the realm, the accounts and
     * the sessions it persisted), and waits until it is ready.
     */
    synchronized void start() throws IOException, InterruptedException {
        if (process.isAlive()) {
            throw new IllegalStateException("Keycloak is running");
        }
        process = new ServerProcess("Keycloak", command, log.resolveSibling(log.getFileName().toString().replace(".log", "-restarted.log")));
        process.awaitHttp200(readiness, Duration.ofSeconds(240));
    }

    URI realmUrl() {
        return base.resolve("/realms/" + REALM);
    }

    /** A token from the password grant of a client of a realm (the app's own client refuses this grant). */
    String passwordGrantToken(String realm, String clientId, String secret, String username, String password)
            throws IOException, InterruptedException {
        var form = new StringBuilder("grant_type=password&client_id=").append(enc(clientId))
                .append("&username=").append(enc(username)).append("&password=").append(enc(password))
                .append("&scope=openid");
        if (secret != null) {
            form.append("&client_secret=").append(enc(secret));
        }
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve("/realms/" + realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build(), BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("token request refused for " + username + ": " + response.body());
        }
        return JSON.readTree(response.body()).get("access_token").asText();
    }

    /** A token of the master realm's administrator: another realm's token, which the app must refuse. */
    String adminToken() throws IOException, InterruptedException {
        return passwordGrantToken("master", "admin-cli", null, "admin", adminPassword);
    }

    /** Creates a client in the ieps realm that allows the password grant, optionally adding the app as audience. */
    void createTestClient(String clientId, String secret, String audience) throws IOException, InterruptedException {
        var client = new java.util.LinkedHashMap<String, Object>();
        client.put("clientId", clientId);
        client.put("publicClient", false);
        client.put("secret", secret);
        client.put("directAccessGrantsEnabled", true);
        client.put("standardFlowEnabled", false);
        if (audience != null) {
            client.put("protocolMappers", List.of(Map.of("name", "audience", "protocol", "openid-connect",
                    "protocolMapper", "oidc-audience-mapper", "config", Map.of(
                            "included.client.audience", audience, "access.token.claim", "true", "id.token.claim", "false"))));
        }
        HttpResponse<String> response = admin("POST", "/clients", JSON.writeValueAsString(client));
        if (response.statusCode() != 201 && response.statusCode() != 409) {
            throw new IllegalStateException("client " + clientId + " not created: " + response.statusCode() + " " + response.body());
        }
    }

    /**
     * Creates a staff account as the realm's administrator would: e-mail as username, a password, and only the
     * given realm role, like the demo staff of ieps-users-0.json (the realm's default roles, which make a
     * self-registered person a candidate, are taken off).
     */
    void createStaffUser(String email, String firstName, String lastName, String password, String role)
            throws IOException, InterruptedException {
        String id = createUser(email, firstName, lastName, password);
        String mappings = "/users/" + id + "/role-mappings/realm";
        expect(204, admin("POST", mappings, "[" + admin("GET", "/roles/" + enc(role), null).body() + "]"), "role " + role);
        String defaults = admin("GET", "/roles/default-roles-" + REALM, null).body();
        expect(204, admin("DELETE", mappings, "[" + defaults + "]"), "removal of the default roles");
    }

    /**
     * Creates a candidate's account as self-registration leaves it (the realm's default roles, hence the
     * candidate role), with its e-mail verified. Returns its id: the subject the app knows the candidate by.
     */
    String createCandidateUser(String email, String firstName, String lastName, String password)
            throws IOException, InterruptedException {
        return createUser(email, firstName, lastName, password);
    }

    private String createUser(String email, String firstName, String lastName, String password)
            throws IOException, InterruptedException {
        var user = new java.util.LinkedHashMap<String, Object>();
        user.put("username", email);
        user.put("email", email);
        user.put("emailVerified", true);
        user.put("enabled", true);
        user.put("firstName", firstName);
        user.put("lastName", lastName);
        user.put("credentials", List.of(Map.of("type", "password", "value", password, "temporary", false)));
        HttpResponse<String> created = admin("POST", "/users", JSON.writeValueAsString(user));
        if (created.statusCode() != 201) {
            throw new IllegalStateException("account " + email + " not created: " + created.statusCode() + " " + created.body());
        }
        return userId(email);
    }

    private static void expect(int status, HttpResponse<String> response, String what) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(what + ": " + response.statusCode() + " " + response.body());
        }
    }

    /** Number of Keycloak sessions the account has (0 once logged out everywhere). */
    int sessionCount(String username) throws IOException, InterruptedException {
        return JSON.readTree(admin("GET", "/users/" + userId(username) + "/sessions", null).body()).size();
    }

    /** Ends every Keycloak session of the account, as an idle timeout would. */
    void endSessions(String username) throws IOException, InterruptedException {
        HttpResponse<String> response = admin("POST", "/users/" + userId(username) + "/logout", null);
        if (response.statusCode() != 204) {
            throw new IllegalStateException("logout of " + username + " refused: " + response.body());
        }
    }

    /** The realm roles of an account, e.g. to check what self-registration gave. */
    List<String> realmRoles(String username) throws IOException, InterruptedException {
        JsonNode roles = JSON.readTree(admin("GET", "/users/" + userId(username) + "/role-mappings/realm/composite", null).body());
        return Stream.of(roles).flatMap(r -> java.util.stream.StreamSupport.stream(r.spliterator(), false))
                .map(r -> r.get("name").asText()).sorted().collect(Collectors.toList());
    }

    String userId(String username) throws IOException, InterruptedException {
        JsonNode users = JSON.readTree(admin("GET", "/users?exact=true&username=" + enc(username), null).body());
        if (users.isEmpty()) {
            throw new IllegalStateException("no Keycloak account " + username);
        }
        return users.get(0).get("id").asText();
    }

    private HttpResponse<String> admin(String method, String path, String body) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(base.resolve("/admin/realms/" + REALM + path))
                .header("Authorization", "Bearer " + adminToken())
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), BodyHandlers.ofString());
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }


    @Override
    public void close() {
        process.close();
    }
}
