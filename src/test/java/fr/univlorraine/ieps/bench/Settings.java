package fr.univlorraine.ieps.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The run's settings, from system properties; the Maven profile "bench" passes them on, so that
 * {@code ./mvnw -Pbench verify -Dbench.n=2000} works. Durations in seconds, defaults in brackets:
 * bench.n [10000 applications], bench.users [20], bench.warmupMax [300, the most the warm-up of all scenarios
 * mixed, and then of each scenario alone, may take; each ends once the JIT compiler is done], bench.warmup [5, per
 * scenario, after its own warm-up], bench.duration [10, measured per scenario], bench.timeout [1800, the whole run],
 * bench.seed [42], bench.appJvmArgs [none], bench.keepData [false: delete the database at the end], bench.board [2000 dossiers under review in M1, each with 3 submitted reviews, for the
 * ranking board; 0 leaves the board out], bench.boardUsers [1 head at a time on the board], bench.exports [10000
 * applications in M2 for the secretariat's exports; 0 leaves the exports out], bench.rush [200 candidates in the
 * deadline rush; 0 leaves it out], bench.rushSeconds [120, the rush's last 10 minutes compressed into that],
 * bench.publication [300 decisions published, three times; 0 leaves the publication out], bench.smtpPause [10, the
 * very slow mail server's pause before each reply], bench.searchUsers [10 members of the staff searching at a time,
 * and reading dossiers; 0 leaves the staff's workspace out], bench.app and bench.out [the packaged app, the results'
 * directory].
 */
record Settings(Path jar, Path out, int n, int users, Duration warmupMax, Duration warmup, Duration duration,
        Duration timeout, long seed, List<String> appJvmArgs, boolean keepData, int board, int boardUsers, int exports,
        int rush, Duration rushDuration, int publication, Duration smtpPause, int searchUsers) {

    static Settings fromSystemProperties() {
        String jvmArgs = System.getProperty("bench.appJvmArgs", "").trim();
        var settings = new Settings(
                Path.of(System.getProperty("bench.app", "target/bench/build/quarkus-app/quarkus-run.jar")),
                Path.of(System.getProperty("bench.out", "target/bench")),
                Integer.getInteger("bench.n", 10_000),
                Integer.getInteger("bench.users", 20),
                Duration.ofSeconds(Integer.getInteger("bench.warmupMax", 300)),
                Duration.ofSeconds(Integer.getInteger("bench.warmup", 5)),
                Duration.ofSeconds(Integer.getInteger("bench.duration", 10)),
                Duration.ofSeconds(Integer.getInteger("bench.timeout", 1800)),
                Long.getLong("bench.seed", 42),
                jvmArgs.isEmpty() ? List.of() : Arrays.asList(jvmArgs.split("\\s+")),
                Boolean.getBoolean("bench.keepData"),
                Integer.getInteger("bench.board", 2000),
                Integer.getInteger("bench.boardUsers", 1),
                Integer.getInteger("bench.exports", 10_000),
                Integer.getInteger("bench.rush", 200),
                Duration.ofSeconds(Integer.getInteger("bench.rushSeconds", 120)),
                Integer.getInteger("bench.publication", 300),
                Duration.ofSeconds(Integer.getInteger("bench.smtpPause", 10)),
                Integer.getInteger("bench.searchUsers", 10));
        if (settings.n() < 2 || settings.users() < 1 || settings.duration().isZero() || settings.board() < 0
                || settings.boardUsers() < 1 || settings.exports() < 0 || settings.rush() < 0
                || settings.rushDuration().toSeconds() < 10 || settings.publication() < 0 || settings.publication() > 9999
                || settings.smtpPause().isNegative() || settings.searchUsers() < 0) {
            throw new IllegalArgumentException("Need bench.n >= 2, bench.users >= 1, bench.duration >= 1,"
                    + " bench.board >= 0, bench.boardUsers >= 1, bench.exports >= 0, bench.rush >= 0,"
                    + " bench.rushSeconds >= 10, 0 <= bench.publication <= 9999, bench.smtpPause >= 0 and bench.searchUsers >= 0: " + settings);
        }
        return settings;
    }

    String describe() {
        return String.format(Locale.ROOT, "N = %,d applications (seed %d), %d concurrent users; after the warm-up,"
                + " each scenario warmed up alone until the JIT is done, then %d s more, then %d s measured;", n, seed,
                users, warmup.toSeconds(), duration.toSeconds())
                + " app JVM options: " + (appJvmArgs.isEmpty() ? "defaults" : String.join(" ", appJvmArgs))
                + (java.nio.file.Files.isRegularFile(jar.resolveSibling("app-cds.jsa"))
                        ? ", with the build's class-data archive (AppCDS)" : ", without class-data archive");
    }
}
