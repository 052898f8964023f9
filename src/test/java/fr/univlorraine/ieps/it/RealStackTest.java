package fr.univlorraine.ieps.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.Reader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The integration tests prove the settings docker/compose.yml uses, not others. */
class RealStackTest {

    @Test
    @SuppressWarnings("unchecked")
    void integrationTestsConfigureTheAppWithTheVariablesOfTheComposeFile() throws Exception {
        Map<String, Object> compose;
        try (Reader reader = Files.newBufferedReader(Path.of("docker/compose.yml"))) {
            compose = new Yaml().load(reader);
        }
        var app = ((Map<String, Map<String, Object>>) compose.get("services")).get("app");
        Set<String> composeNames = new TreeSet<>(((Map<String, Object>) app.get("environment")).keySet());
        // only in Compose: browsers and the app reach Keycloak under two names there, one name here
        composeNames.remove("QUARKUS_OIDC_TOKEN_ISSUER");
        Set<String> testNames = new TreeSet<>(RealStack.productionEnvironment(5432, URI.create("http://127.0.0.1:8180/realms/ieps"),
                "secret", 1025, URI.create("http://127.0.0.1:8080")).keySet());
        assertEquals(composeNames, testNames);
    }
}
