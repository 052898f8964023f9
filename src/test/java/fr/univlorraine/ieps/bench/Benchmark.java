package fr.univlorraine.ieps.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * Benchmark harness, run by {@code ./mvnw -Pbench verify} (settings: see {@link Settings}). Starts
 * the packaged app on an empty PostgreSQL database (embedded, as in the integration tests; see
 * {@link BenchPostgres}) with a mail server of its own ({@link BenchSmtp}), seeds N synthetic dossiers,
 * restarts it, then loads each scenario in turn and reports p50/p95/p99 and requests/s next to a trivial
 * endpoint measured in the same run; then the ranking board, the staff's search and dossier view ({@link SearchBench}),
 * the documents, the exports, the deadline
 * rush ({@link RushBench}) and the publication of decisions whatever the mail server does
 * ({@link PublicationBench}). The targets of the issue are printed, not asserted; a failed request fails
 * the run.
 */
public final class Benchmark {

    static final String CANDIDATE_PAGE = "candidate status page /candidatures/{id}";

    /** The scenarios, baseline first (the others' throughput is compared to it). Add new ones here. */
    static List<Scenario> scenarios(URI base, List<Seeder.Seeded> dossiers, String[] tokens) {
        return List.of(
                new Scenario("baseline /q/health/live", () -> get(base, "/q/health/live", null)),
                new Scenario("home page /", () -> get(base, "/", null)),
                new Scenario(CANDIDATE_PAGE, () -> {
                    int i = ThreadLocalRandom.current().nextInt(dossiers.size());
                    return get(base, "/candidatures/" + dossiers.get(i).id(), tokens[i]);
                }));
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.fromSystemProperties();
        if (!Files.isRegularFile(settings.jar())) {
            throw new IllegalStateException(settings.jar() + " is missing: run ./mvnw -Pbench verify");
        }
        RunGuard.lockOrFail(settings.out());
        RunGuard.startWatchdog(settings.timeout());
        RunGuard.warnIfBusy();
        Path dataDir = Files.createTempDirectory("ieps-bench-");
        boolean ok;
        try (var database = BenchPostgres.start(dataDir.resolve("postgres"));
                var smtp = new BenchSmtp(settings.smtpPause())) {
            ok = run(settings, dataDir, database, smtp);
        } finally {
            if (settings.keepData()) {
                log("Database kept in %s", dataDir);
            } else {
                try (Stream<Path> files = Files.walk(dataDir)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
        System.exit(ok ? 0 : 1);  // at once: the HTTP client's threads have nothing left to do
    }

    private static boolean run(Settings s, Path dataDir, BenchPostgres database, BenchSmtp smtp) throws Exception {
        var tokens = new Tokens(s.timeout().plusMinutes(5));
        int port = freePort();
        var environment = new HashMap<>(database.environment());
        environment.put("IEPS_SMTP_PORT", String.valueOf(smtp.port()));
        var startups = new ArrayList<AppProcess.Startup>();
        log("1/8 First start, on an empty PostgreSQL database (files in %s)", dataDir);
        try (var app = start(s, dataDir, environment, tokens, port, "app-empty-db.log")) {
            startups.add(app.startup);
        }
        log("2/8 Seeding %,d applications through JDBC", s.n());
        long begin = System.nanoTime();
        Seeder.Written written = new Seeder(database, s.seed()).seed(s.n(), s.board(), s.exports());
        List<Seeder.Seeded> dossiers = written.dossiers();
        BoardSeeder.Summary board = null;
        if (s.board() > 0) {
            board = new BoardSeeder(database, s.seed()).seed();
            log("    ranking board: %,d more dossiers under review in %s, %,d on its board; %,d reviews of %,d dossiers"
                    + " by %d members", written.boardTopUp(), BoardBench.TRACK, board.boardDossiers(), board.reviews(),
                    board.reviewedDossiers(), board.members());
        }
        int waitlisted = 0;
        if (s.exports() > 0) {
            waitlisted = ExportSeeder.waitlistDecisions(database);
            log("    exports: %,d more dossiers in %s (%,d in all there); %,d published waiting-list decisions",
                    written.exportsTopUp(), ExportBench.TRACK, written.exportTrackSize(), waitlisted);
        }
        double seeding = (System.nanoTime() - begin) / 1e9;
        begin = System.nanoTime();
        String[] bearer = dossiers.parallelStream().map(d -> tokens.candidate(d.subject(), d.name()))
                .toArray(String[]::new);
        log("    written in %.1f s, tokens signed in %.1f s", seeding, (System.nanoTime() - begin) / 1e9);
        var report = new Report();
        report.header(s, seeding);
        if (board != null) {
            report.line("Ranking board seed: %,d more dossiers under review in %s (%,d on its board), %,d submitted"
                    + " reviews of the campaign's %,d reviewed dossiers (see below).", written.boardTopUp(),
                    BoardBench.TRACK, board.boardDossiers(), board.reviews(), board.reviewedDossiers());
        }
        var results = new ArrayList<Result>();
        boolean checked;
        log("3/8 Restart with %,d applications", s.n());
        try (var app = start(s, dataDir, environment, tokens, port, "app-seeded.log")) {
            startups.add(app.startup);
            report.startups(List.of("empty database (creates the schema)",
                    String.format(Locale.ROOT, "%,d applications", s.n())), startups);
            checked = Checks.run(report, app.base, dossiers, bearer);
            var runner = new LoadRunner(s.users(), app);
            List<Scenario> scenarios = scenarios(app.base, dossiers, bearer);
            log("4/8 Warm-up, all scenarios mixed, %d users, at most %d s", s.users(), s.warmupMax().toSeconds());
            List<LoadRunner.Slice> warmUp = runner.warmUp(scenarios, s.warmupMax());
            report.warmUp(warmUp);
            log("    requests/s every 5 s: %s", Report.rates(warmUp));
            for (Scenario scenario : scenarios) {
                log("4/8 %s, %d users: warm-up alone until the JIT is done, %d s more, %d s measured", scenario.name(), s.users(),
                        s.warmup().toSeconds(), s.duration().toSeconds());
                results.add(runner.measure(scenario, s.warmup(), s.duration(), s.warmupMax()));
            }
            report.results(results);
            report.targets(startups, results, CANDIDATE_PAGE);
            if (board != null) {
                log("5/8 Ranking board of %s: %,d dossiers, %d head(s) at a time", BoardBench.TRACK, board.boardDossiers(),
                        s.boardUsers());
                checked &= BoardBench.run(report, app.base, s, board, tokens.head(Seeder.HEAD[0], Seeder.HEAD[1]),
                        bearer[0], app);
            }
            if (s.searchUsers() > 0) {
                log("5/8 Staff workspace: search and dossier view with %,d applications, %d staff at a time",
                        s.n(), s.searchUsers());
                checked &= SearchBench.run(report, app.base, s, database, s.n(),
                        tokens.secretariat(Seeder.SECRETARIAT[0], Seeder.SECRETARIAT[1]), bearer[0], app);
            }
            log("6/8 Documents: %d concurrent uploads of 10 MB, then merged dossiers", DocumentBench.UPLOADS);
            checked &= DocumentBench.run(report, app.base, app.pid(), dossiers, bearer, s.out());
            if (s.exports() > 0) {
                log("Exports of %s: %,d applications, CSV and XLSX", ExportBench.TRACK, written.exportTrackSize());
                checked &= ExportBench.run(report, app.base, app.pid(), written.exportTrackSize(),
                        tokens.secretariat(Seeder.SECRETARIAT[0], Seeder.SECRETARIAT[1]), bearer[0]);
            }
            if (PlatformImportBench.size() > 0) {
                log("National platform: the list of %,d candidates, then their PDFs of 1 MB in ZIPs", PlatformImportBench.size());
                checked &= PlatformImportBench.run(report, app.base, app.pid(), database,
                        tokens.head(Seeder.HEAD[0], Seeder.HEAD[1]), PlatformImportBench.size(), s.out());
            }
            if (s.rush() > 0) {
                log("7/8 Deadline rush on %s: %d candidates, the last 10 minutes compressed into %d s, %d staff reading",
                        RushBench.TRACK, s.rush(), s.rushDuration().toSeconds(), RushBench.STAFF);
                checked &= RushBench.run(report, app.base, s, database, tokens, app);
            }
            if (s.publication() > 0) {
                log("8/8 Publication of %d decisions, the mail server answering, down, then very slow", s.publication());
                checked &= PublicationBench.run(report, app.base, s, database, smtp,
                        tokens.head(Seeder.HEAD[0], Seeder.HEAD[1]));
            }
        }
        log("Start-up profile: one more start, recorded by JDK Flight Recorder");
        Path recording = s.out().resolve("startup.jfr");
        Files.deleteIfExists(recording);
        var profiled = new Settings(s.jar(), s.out(), s.n(), s.users(), s.warmupMax(), s.warmup(), s.duration(), s.timeout(),
                s.seed(), withRecorder(s.appJvmArgs(), recording), s.keepData(), s.board(), s.boardUsers(), s.exports(),
                s.rush(), s.rushDuration(), s.publication(), s.smtpPause(), s.searchUsers());
        AppProcess.Startup recorded;
        try (var app = start(profiled, dataDir, environment, tokens, port, "app-profiled.log")) {
            recorded = app.startup;
        }
        report.line("");
        StartupProfile.read(recording, recorded.readyAt()).lines().forEach(l -> report.line("%s", l));
        report.write(s.out());
        System.out.printf("%n%s%n%n", report.text());
        log("Written to %s (and results.csv); the app's logs are next to it", s.out().resolve("results.md"));
        boolean ok = checked && results.stream().allMatch(r -> r.errors() == 0);
        if (!ok) {
            log("!!! FAILED: some requests did not get the expected answer (see above); the numbers are not valid.");
        }
        return ok;
    }

    private static List<String> withRecorder(List<String> jvmArgs, Path recording) {
        var args = new ArrayList<>(jvmArgs);
        args.add(StartupProfile.JVM_OPTIONS + recording.toAbsolutePath());
        return args;
    }

    private static AppProcess start(Settings s, Path dataDir, Map<String, String> environment, Tokens tokens, int port,
            String logName) throws IOException, InterruptedException {
        AppProcess app = AppProcess.start(s.jar(), dataDir, tokens.publicKey(), environment, port, s.appJvmArgs(),
                s.out().resolve(logName), Duration.ofSeconds(120));
        log("    ready in %.2f s (Quarkus: started in %s; %s)", app.startup.untilReady().toMillis() / 1000.0,
                app.startup.quarkusReported(), app.startup.profileLine());
        return app;
    }

    /** A GET as a browser sends it; with the candidate's bearer token when given. */
    static HttpRequest get(URI base, String path, String bearer) {
        var request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10))
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                .header("Accept-Language", "fr-FR,fr;q=0.9");
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return request.build();
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    static void log(String format, Object... args) {
        System.out.printf("[bench] " + format + "%n", args);
    }
}
