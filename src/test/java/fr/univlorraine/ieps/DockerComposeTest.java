package fr.univlorraine.ieps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Docker cannot run on our machines, so docker/compose.yml is checked here: valid YAML, every service
 * healthy before the app starts, data on named volumes, secrets only from the environment, and every
 * variable the production profile requires given to the app.
 */
class DockerComposeTest {

    private static final Pattern REQUIRED_ENV = Pattern.compile("\\$\\{(IEPS_[A-Z_]+)}");

    private static Map<String, Object> compose;
    private static Map<String, Map<String, Object>> services;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void parse() throws IOException {
        try (Reader reader = Files.newBufferedReader(Path.of("docker/compose.yml"))) {
            compose = new Yaml().load(reader);
        }
        services = (Map<String, Map<String, Object>>) compose.get("services");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        assertNotNull(value, key + " is missing");
        return (Map<String, Object>) value;
    }

    @Test
    void theStackHasTheDatabaseKeycloakMailpitAndTheApp() {
        assertEquals(Set.of("db", "keycloak", "mailpit", "app"), services.keySet());
        services.forEach((name, service) -> assertTrue(service.containsKey("healthcheck"), name + " has no healthcheck"));
        assertEquals("docker/Dockerfile", map(services.get("app"), "build").get("dockerfile"));
        assertTrue(Files.isRegularFile(Path.of("docker/Dockerfile")));
    }

    @Test
    void theAppStartsOnlyOnceEverythingItNeedsIsHealthy() {
        Map<String, Object> dependsOn = map(services.get("app"), "depends_on");
        assertEquals(Set.of("db", "keycloak", "mailpit"), dependsOn.keySet());
        dependsOn.values().forEach(d -> assertEquals("service_healthy", ((Map<?, ?>) d).get("condition")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void databaseAndDocumentsLiveOnNamedVolumes() {
        Set<String> declared = map(compose, "volumes").keySet();
        assertTrue(declared.containsAll(Set.of("db-data", "documents")), "declared: " + declared);
        assertTrue(((List<String>) services.get("db").get("volumes")).contains("db-data:/var/lib/postgresql/data"));
        assertTrue(((List<String>) services.get("app").get("volumes")).contains("documents:/data"));
        assertEquals("/data", map(services.get("app"), "environment").get("IEPS_DATA_DIR"));
    }

    @Test
    void everyVariableTheProductionProfileRequiresIsGivenToTheApp() throws IOException {
        Set<String> required = new TreeSet<>();
        for (String line : Files.readAllLines(Path.of("src/main/resources/application.properties"))) {
            if (line.startsWith("%prod.")) {
                Matcher m = REQUIRED_ENV.matcher(line);
                while (m.find()) {
                    required.add(m.group(1));
                }
            }
        }
        assertTrue(required.containsAll(Set.of("IEPS_DB_URL", "IEPS_OIDC_URL", "IEPS_OIDC_CLIENT_SECRET",
                "IEPS_SMTP_HOST", "IEPS_DATA_DIR")), "read from application.properties: " + required);
        Set<String> given = map(services.get("app"), "environment").keySet();
        Set<String> missing = required.stream().filter(v -> !given.contains(v)).collect(Collectors.toCollection(TreeSet::new));
        assertTrue(missing.isEmpty(), "the app service misses " + missing);
    }

    @Test
    void secretsComeFromTheEnvFileWhichTheExampleDocuments() throws IOException {
        Properties example = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("docker/.env.example"))) {
            example.load(reader);
        }
        Set<String> referenced = new TreeSet<>();
        // "$${...}" is an escaped dollar, read by the container's shell, not by Compose
        Matcher m = Pattern.compile("(?<!\\$)\\$\\{([A-Z_]+)}").matcher(Files.readString(Path.of("docker/compose.yml")));
        while (m.find()) {
            referenced.add(m.group(1));
        }
        assertFalse(referenced.isEmpty());
        Set<String> undocumented = referenced.stream().filter(v -> !example.containsKey(v))
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(undocumented.isEmpty(), "docker/.env.example misses " + undocumented);
        for (String secret : List.of("IEPS_DB_PASSWORD", "IEPS_OIDC_CLIENT_SECRET", "IEPS_SESSION_SECRET", "IEPS_CSRF_KEY")) {
            assertEquals("${" + secret + "}", map(services.get("app"), "environment").get(secret), secret);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void productionRealmAsksNewAccountsToConfirmTheirEmail() throws IOException {
        String realm = Files.readString(Path.of("docker/keycloak/realm-ieps.json"));
        assertTrue(realm.contains("\"verifyEmail\": \"${IEPS_KEYCLOAK_VERIFY_EMAIL:true}\""), "on unless a local run turns it off");
        Map<String, Object> env = (Map<String, Object>) services.get("keycloak").get("environment");
        assertEquals("true", env.get("IEPS_KEYCLOAK_VERIFY_EMAIL"));
        assertEquals("mailpit", env.get("IEPS_KEYCLOAK_SMTP_HOST"), "Keycloak's confirmation mails need an SMTP server");
    }

    @Test
    @SuppressWarnings("unchecked")
    void keycloakImportsTheRealmButNeverTheDemoUsers() {
        List<String> volumes = (List<String>) services.get("keycloak").get("volumes");
        assertTrue(volumes.stream().anyMatch(v -> v.startsWith("./keycloak/realm-ieps.json:")), "volumes: " + volumes);
        assertTrue(volumes.stream().noneMatch(v -> v.contains("users")), "demo users must stay local: " + volumes);
        assertTrue(((List<String>) services.get("keycloak").get("command")).contains("--import-realm"));
        assertTrue(Files.isRegularFile(Path.of("docker/keycloak/realm-ieps.json")));
    }
}
