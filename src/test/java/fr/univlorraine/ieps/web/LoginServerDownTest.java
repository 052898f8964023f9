package fr.univlorraine.ieps.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationFailedException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Which requests need the login server, and which failures mean it is unreachable. */
class LoginServerDownTest {

    private static final Pattern CLASS_PATH = Pattern.compile("^@Path\\(\"([^\"]+)\"\\)", Pattern.MULTILINE);

    @Test
    void everySecuredResourceIsUnderALoginPath() throws IOException {
        List<String> uncovered = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(source);
                if (!code.contains("@RolesAllowed") && !code.contains("@Authenticated")) {
                    continue;
                }
                Matcher path = CLASS_PATH.matcher(code);
                if (path.find() && !LoginServerDown.needsLogin(path.group(1))) {
                    uncovered.add(source.getFileName() + " " + path.group(1));
                }
            }
        }
        assertTrue(uncovered.isEmpty(), "add these paths to LoginServerDown.LOGIN_PATHS: " + uncovered);
    }

    @Test
    void publicPagesDoNotNeedTheLoginServer() {
        for (String path : List.of("/", "/calendrier", "/candidater", "/contact", "/confidentialite", "/langue/en",
                "/css/app.css", "/q/health/ready", "/candidaturesX", "/equipement")) {
            assertFalse(LoginServerDown.needsLogin(path), path);
        }
        for (String path : List.of("/connexion", "/candidatures", "/candidatures/12/dossier", "/equipe", "/api/me/applications")) {
            assertTrue(LoginServerDown.needsLogin(path), path);
        }
    }

    @Test
    void anOidcExceptionAnywhereInTheCausesMeansTheServerIsUnreachable() {
        assertTrue(LoginServerDown.causedByUnreachableLoginServer(
                new AuthenticationFailedException(new RuntimeException(new OIDCException("OIDC Server is not available")))));
        assertFalse(LoginServerDown.causedByUnreachableLoginServer(new AuthenticationFailedException("bad token")));
        assertFalse(LoginServerDown.causedByUnreachableLoginServer(null));
    }
}
