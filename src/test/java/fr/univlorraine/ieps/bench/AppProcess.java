package fr.univlorraine.ieps.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged app (fast-jar) in its own JVM, as it runs in production: started, timed until
 * /q/health/ready answers, and always stopped, even when the harness fails or is interrupted.
 */
final class AppProcess implements AutoCloseable, CpuMeter {

    /** Start-up time seen from outside (process start to ready) and as Quarkus logs it ("started in"). */
    /** {@code readyAt}: the wall-clock instant of the first 200 from /q/health/ready, to cut a recording of the start. */
    record Startup(Duration untilReady, String quarkusReported, String profileLine, java.time.Instant readyAt) {
    }

    private static final Pattern STARTED = Pattern.compile("started in ([0-9.,]+s)");
    private static final Pattern PROFILE = Pattern.compile("Profile \\S+ activated.*");

    private final Process process;
    private final Path log;
    private final Thread killOnExit;
    /** The JIT compiler's threads seen so far, by thread id: their CPU time in clock ticks, as last read. */
    private final Map<String, Long> jitTicks = new HashMap<>();
    final URI base;
    Startup startup;

    private AppProcess(Process process, Path log, URI base) {
        this.process = process;
        this.log = log;
        this.base = base;
        this.killOnExit = new Thread(process::destroyForcibly, "kill-app");
        Runtime.getRuntime().addShutdownHook(killOnExit);
    }

    /**
     * Starts the app on 127.0.0.1:port with the bench profile it was built with, and waits until ready;
     * {@code environment}: the database's and the mail server's addresses.
     */
    static AppProcess start(Path jar, Path dataDir, String publicKey, Map<String, String> environment, int port,
            List<String> jvmArgs, Path log, Duration timeout) throws IOException, InterruptedException {
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmArgs);
        // the class-data archive that the build made (quarkus.package.jar.appcds.enabled), as in production;
        // the JVM only accepts it when the jar is named as at its creation: relative, from its own folder
        if (Files.isRegularFile(jar.resolveSibling("app-cds.jsa"))) {
            command.add("-XX:SharedArchiveFile=app-cds.jsa");
        }
        command.addAll(List.of("-Dquarkus.http.port=" + port, "-jar", jar.getFileName().toString()));
        var builder = new ProcessBuilder(command).directory(jar.toAbsolutePath().getParent().toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().remove("QUARKUS_PROFILE");  // the profile must be the one of the build: bench
        builder.environment().put("IEPS_DATA_DIR", dataDir.toString());
        builder.environment().put("IEPS_BENCH_PUBLIC_KEY", publicKey);
        builder.environment().putAll(environment);
        long begin = System.nanoTime();
        var app = new AppProcess(builder.start(), log, URI.create("http://127.0.0.1:" + port));
        try {
            app.awaitReady(begin, timeout);
            return app;
        } catch (IOException | InterruptedException | RuntimeException e) {
            app.close();
            throw e;
        }
    }

    private void awaitReady(long begin, Duration timeout) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest ready = HttpRequest.newBuilder(base.resolve("/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        long deadline = begin + timeout.toNanos();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "The app stopped during start-up (exit " + process.exitValue() + "):\n" + tail());
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(
                        "The app was not ready after " + timeout.toSeconds() + " s:\n" + tail());
            }
            try {
                if (client.send(ready, BodyHandlers.discarding()).statusCode() == 200) {
                    break;
                }
            } catch (IOException notListeningYet) {
                // expected until the HTTP server is up
            }
            Thread.sleep(10);
        }
        Duration untilReady = Duration.ofNanos(System.nanoTime() - begin);
        java.time.Instant readyAt = java.time.Instant.now();
        Thread.sleep(200);  // let the console log reach the file
        String text = Files.readString(log);
        Matcher started = STARTED.matcher(text);
        Matcher profile = PROFILE.matcher(text);
        startup = new Startup(untilReady, started.find() ? started.group(1) : "?",
                profile.find() ? profile.group().trim() : "?", readyAt);
    }

    long pid() {
        return process.pid();
    }

    /** CPU time used by the app's process so far (all its threads). */
    @Override
    public Duration app() {
        return process.info().totalCpuDuration().orElse(Duration.ZERO);
    }

    /**
     * CPU time used so far by the app's JIT compiler threads ("C1 CompilerThread0", "C2 CompilerThread1"...), read
     * from {@code /proc/<pid>/task/<tid>/stat} (fields 14 and 15, in clock ticks of 10 ms: Linux's USER_HZ is 100).
     * The JVM starts and ends compiler threads as its queue grows and shrinks: the last time read of a thread that
     * has ended is kept, so the total never goes back. Empty where there is no {@code /proc}.
     */
    @Override
    public synchronized Optional<Duration> jit() {
        Path tasks = Path.of("/proc", Long.toString(process.pid()), "task");
        if (!Files.isDirectory(tasks)) {
            return Optional.empty();
        }
        try (var threads = Files.list(tasks)) {
            for (Path thread : threads.toList()) {
                String stat;
                try {
                    stat = Files.readString(thread.resolve("stat"));
                } catch (IOException ended) {
                    continue;  // the thread ended since the listing
                }
                // "tid (name) state ..." : the name may hold spaces, the last ')' closes it
                int open = stat.indexOf('('), close = stat.lastIndexOf(')');
                String name = stat.substring(open + 1, close);
                if (name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre")) {
                    String[] fields = stat.substring(close + 2).split(" ");
                    jitTicks.put(thread.getFileName().toString(), Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofMillis(10 * jitTicks.values().stream().mapToLong(Long::longValue).sum()));
    }

    /** The last lines of the app's log, to explain a failure. */
    String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    /** Stops gracefully (SIGTERM: Quarkus closes the database cleanly), forcibly after 20 s. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        try {
            Runtime.getRuntime().removeShutdownHook(killOnExit);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook runs anyway, harmlessly
        }
    }
}
