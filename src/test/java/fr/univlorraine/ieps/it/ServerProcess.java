package fr.univlorraine.ieps.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A server of the integration stack (Keycloak, the packaged app) in its own process, logging to a file
 * under target/it, waited for on a health URL and always stopped, even when the tests fail or are
 * interrupted.
 */
class ServerProcess implements AutoCloseable {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final String name;
    private final Process process;
    private final Path log;
    private final Thread killOnExit;

    ServerProcess(String name, ProcessBuilder builder, Path log) throws IOException {
        this.name = name;
        this.log = log;
        Files.createDirectories(log.getParent());
        this.process = builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
        this.killOnExit = new Thread(this::stopQuietly, "stop-" + name);
        Runtime.getRuntime().addShutdownHook(killOnExit);
    }

    /** Waits until the URL answers 200; fails with the end of the log if the process dies or time runs out. */
    ServerProcess awaitHttp200(URI url, Duration timeout) throws IOException, InterruptedException {
        long looks = timeout.toMillis() / 250; // counted looks 250 ms apart, not clock readings
        for (long look = 0; ; look++) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped during start-up (exit " + process.exitValue()
                        + "), log " + log + ":\n" + tail());
            }
            if (look >= looks) {
                throw new IllegalStateException(name + " not ready after " + timeout.toSeconds() + " s at " + url
                        + ", log " + log + ":\n" + tail());
            }
            if (answers200(url)) {
                return this;
            }
            Thread.sleep(250);
        }
    }

    static boolean answers200(URI url) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(2)).build();
        try {
            return CLIENT.send(request, BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notListeningYet) {
            return false;
        }
    }

    String logText() throws IOException {
        return Files.readString(log);
    }

    String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    /** SIGKILL, as the kernel's OOM killer or a pulled plug would end it: no shutdown hook, nothing flushed. */
    void kill() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            throw new IllegalStateException(name + " still alive 20 s after SIGKILL");
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** SIGTERM (both servers close their databases cleanly), forcibly after 20 s. */
    @Override
    public void close() {
        stopQuietly();
        try {
            Runtime.getRuntime().removeShutdownHook(killOnExit);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook runs anyway, harmlessly
        }
    }

    private void stopQuietly() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
