package fr.univlorraine.ieps.it;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The packaged app (target/quarkus-app, built by the package phase) in production mode, configured only
 * through the environment variables that docker/compose.yml gives it.
 */
final class AppServer implements AutoCloseable {

    final URI base;
    private final ServerProcess process;

    private AppServer(URI base, ServerProcess process) {
        this.base = base;
        this.process = process;
    }

    /**
     * Starts the app and waits until it is live. Readiness is not awaited: with Keycloak down the app
     * must start anyway and report itself not ready.
     */
    static AppServer start(Path jar, int port, Map<String, String> environment, Path log)
            throws IOException, InterruptedException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No packaged app at " + jar + ": run ./mvnw verify (the package phase builds it)");
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        if (Files.isRegularFile(jar.resolveSibling("app-cds.jsa"))) {
            command.add("-XX:SharedArchiveFile=app-cds.jsa");  // as in production; relative, from its own folder
        }
        command.addAll(List.of("-Xmx512m", "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=" + port,
                "-jar", jar.getFileName().toString()));
        var builder = new ProcessBuilder(command).directory(jar.toAbsolutePath().getParent().toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("QUARKUS_") || name.startsWith("IEPS_"));
        builder.environment().putAll(environment);
        URI base = URI.create("http://127.0.0.1:" + port);
        var process = new ServerProcess("app:" + port, builder, log);
        try {
            process.awaitHttp200(base.resolve("/q/health/live"), Duration.ofSeconds(90));
        } catch (IOException | InterruptedException | RuntimeException e) {
            process.close();
            throw e;
        }
        return new AppServer(base, process);
    }

    /** Kills the process with SIGKILL (no shutdown: requests in flight are cut, transactions left open). */
    void kill() throws InterruptedException {
        process.kill();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    String log() throws IOException {
        return process.logText();
    }

    @Override
    public void close() {
        process.close();
    }
}
