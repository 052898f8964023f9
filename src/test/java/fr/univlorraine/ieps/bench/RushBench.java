package fr.univlorraine.ieps.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * The deadline rush (issue "Season-proof", item 7): {@code bench.rush} candidates (200) in the last minutes before
 * the closing of a track, each doing the whole journey in a browser's way (see {@link BenchBrowser}): open the
 * dossier form, save the draft twice, open the documents page, upload two PDFs of about 2 MB through the page's
 * file form, open the form again and submit; meanwhile {@value #STAFF} staff members read their lists. The last
 * 10 minutes are compressed into {@code bench.rushSeconds} (120 by default): arrivals spread over the first 60 %,
 * pauses between steps as a person reading the page. Their dossiers were started earlier in the season (created
 * through the list page, four of the six pieces given through the API, not measured); the track's closing time is
 * set, just before the rush, to its start plus its duration plus a margin. Afterwards, through JDBC: every dossier
 * submitted, with its reference, and exactly one receipt mail in the outbox. Targets: no error, p95 of the saves
 * and of the submissions under 500 ms (a step's time: from sending the post to reading the page it redirects to).
 */
final class RushBench {

    static final String TRACK = "M2";
    static final int STAFF = 5;
    static final double TARGET_P95_MS = 500;
    static final int PDF_BYTES = 2 * 1024 * 1024;
    private static final String[] EARLIER = {"CV", "RELEVES", "DIPLOME", "IDENTITE"};
    private static final String[] LAST_MINUTE = {"LETTRE", "PROJET"};
    private static final int PAUSES = 7;  // between the steps of a journey
    private static final Pattern CREATED = Pattern.compile("^/candidatures/(\\d+)/dossier");
    private static final Pattern SUMMARY_VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

    enum Step {
        OPEN("open a page (dossier form, documents page)"),
        SAVE("save the draft (post + the form again)"),
        UPLOAD("upload a 2 MB PDF (post + the documents page)"),
        SUBMIT("submit (the form's button, the summary, its button, the status page)"),
        STAFF("staff reads a list (inbox, ranking board)");

        final String label;

        Step(String label) {
            this.label = label;
        }
    }

    /** One rush candidate: who, their token, their dossier. */
    private record Candidate(int serial, String subject, FrenchData.Person person, String token, long[] dossier) {
        long id() {
            return dossier[0];
        }
    }

    /** The times of one step, from every thread. */
    private static final class Timings {
        private long[] micros = new long[1024];
        private int count;
        private long errors;
        private long bytes;
        private final List<String> samples = new ArrayList<>();

        synchronized void add(long nanos, long size, String failure) {
            if (count == micros.length) {
                micros = Arrays.copyOf(micros, count * 2);
            }
            micros[count++] = nanos / 1000;
            bytes += size;
            if (failure != null) {
                errors++;
                if (samples.size() < 5) {
                    samples.add(failure);
                }
            }
        }

        synchronized Result result(String name, Duration measured) {
            long[] sorted = Arrays.copyOf(micros, count);
            Arrays.sort(sorted);
            return new Result(name, count, errors, measured, sorted, bytes, Duration.ZERO, null, Duration.ZERO,
                    List.copyOf(samples));
        }
    }

    @FunctionalInterface
    private interface Action {
        BenchBrowser.Page run() throws Exception;
    }

    private final URI base;
    private final Settings settings;
    private final BenchPostgres database;
    private final HttpClient client = BenchBrowser.client();
    private final Map<Step, Timings> timings = new java.util.EnumMap<>(Step.class);
    private final Duration pause;

    private RushBench(URI base, Settings settings, BenchPostgres database) {
        this.base = base;
        this.settings = settings;
        this.database = database;
        for (Step step : Step.values()) {
            timings.put(step, new Timings());
        }
        pause = settings.rushDuration().multipliedBy(3).dividedBy(10 * PAUSES);
    }

    static boolean run(Report report, URI base, Settings s, BenchPostgres database, Tokens tokens, CpuMeter cpu)
            throws Exception {
        return new RushBench(base, s, database).run(report, tokens, cpu);
    }

    private boolean run(Report report, Tokens tokens, CpuMeter meter) throws Exception {
        int n = settings.rush();
        Duration length = settings.rushDuration();
        long trackId = RushDatabase.currentTrack(database, TRACK);
        var data = new FrenchData(new Random(settings.seed() + 11));
        var candidates = new ArrayList<Candidate>(n);
        for (int i = 0; i < n; i++) {
            String subject = UUID.nameUUIDFromBytes(("bench-rush-" + i).getBytes(UTF_8)).toString();
            FrenchData.Person person = data.person(100_000 + i);
            candidates.add(new Candidate(i, subject, person, tokens.candidate(subject, person.fullName()), new long[1]));
        }
        List<byte[]> files = RushPdfs.pool(10, PDF_BYTES, settings.seed());
        List<byte[]> earlierFiles = RushPdfs.pool(EARLIER.length, 0, settings.seed() + 1);
        long begin = System.nanoTime();
        prepare(candidates, trackId, earlierFiles);
        Benchmark.log("    %d drafts with %d of their pieces prepared in %.1f s", n, EARLIER.length,
                (System.nanoTime() - begin) / 1e9);

        Duration margin = Duration.ofSeconds(Math.max(60, length.toSeconds() / 2));
        Instant start = Instant.now();
        RushDatabase.closeAt(database, trackId, start.plus(length).plus(margin));
        long t0 = System.nanoTime();
        var done = new AtomicBoolean();
        var completed = new AtomicInteger();
        ExecutorService staff = Executors.newFixedThreadPool(STAFF);
        String[][] lists = {
            {"/secretariat?etat=SUBMITTED&ordre=recent", tokens.secretariat(Seeder.SECRETARIAT[0], Seeder.SECRETARIAT[1])},
            {"/secretariat?etat=SUBMITTED&niveau=" + TRACK, tokens.secretariat("bench-secretariat-2", "Sandrine Klein")},
            {"/secretariat?etat=INCOMPLETE", tokens.secretariat("bench-secretariat-3", "Hélène Roussel")},
            {"/classement/" + TRACK, tokens.head(Seeder.HEAD[0], Seeder.HEAD[1])},
            {"/classement/M1", tokens.head("bench-head-2", "Anne Becker")}};
        for (String[] list : lists) {
            staff.submit(() -> readList(list[0], list[1], done));
        }
        Duration cpuBefore = meter.app();
        ExecutorService crowd = Executors.newFixedThreadPool(n);
        var journeys = new ArrayList<Future<?>>();
        Random arrivals = new Random(settings.seed() + 13);
        long spread = length.toNanos() * 6 / 10;
        for (Candidate c : candidates) {
            long arrival = t0 + (long) ((c.serial() + arrivals.nextDouble()) * spread / n);
            BenchBrowser browser = new BenchBrowser(client, base, c.token());
            journeys.add(crowd.submit(() -> {
                sleepUntil(arrival);
                if (journey(c, browser, files)) {
                    completed.incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> journey : journeys) {
            journey.get();
        }
        Duration took = Duration.ofNanos(System.nanoTime() - t0);
        Duration cpu = meter.app().minus(cpuBefore);
        done.set(true);
        crowd.shutdown();
        staff.shutdown();
        staff.awaitTermination(2, TimeUnit.MINUTES);
        Benchmark.log("    rush over in %.1f s; checking the dossiers and the outbox", took.toMillis() / 1000.0);

        var results = new ArrayList<Result>();
        for (Step step : Step.values()) {
            results.add(timings.get(step).result(step.label, took));
        }
        report.line("");
        report.line("%s", String.format(Locale.ROOT, "Deadline rush on %s: %d candidates in the last 10 minutes before the"
                + " closing, compressed into %d s (arrivals spread over the first %d s, pauses of %.1f to %.1f s between"
                + " steps); the track's closing set to the rush's start + %d s + %d s of margin. Each candidate: opens"
                + " the dossier form, saves the draft twice, opens the documents page, uploads 2 PDFs of %.1f MB through"
                + " its file form (a pool of %d different files), opens the form again and submits. Their drafts were"
                + " started before (created through the list page, %d of the 6 pieces through the API: %s), not"
                + " measured. %d staff read their lists meanwhile (the secretariat's inbox: submitted, newest first; submitted in " + TRACK + "; sent back"
                + " as incomplete; the ranking boards of " + TRACK + " and M1), a"
                + " pause of 0.5 to 2 s between two reads. As a browser does: the page's CSRF token in each post, the"
                + " 303 followed; but signed in with bearer tokens, so the login session's lookup of production is not"
                + " in these times. App CPU during the rush: %.1f s over %.1f s.", TRACK, n, length.toSeconds(),
                spread / 1_000_000_000L, pause.toMillis() * 0.3 / 1000, pause.toMillis() / 1000.0, length.toSeconds(),
                margin.toSeconds(), files.get(0).length / (1024.0 * 1024), files.size(), EARLIER.length,
                String.join(", ", EARLIER), STAFF, cpu.toMillis() / 1000.0, took.toMillis() / 1000.0));
        report.steps(results);

        report.line("");
        report.line("Checks after the rush (JDBC):");
        boolean ok = RushDatabase.check(report, database, candidates.stream().mapToLong(Candidate::id).toArray(),
                completed.get());
        long errors = results.stream().mapToLong(Result::errors).sum();
        report.line("");
        report.line("Targets (measured, not asserted):");
        report.target("deadline rush: no failed request", errors + " errors", errors == 0);
        for (Step step : List.of(Step.SAVE, Step.SUBMIT)) {
            Result r = results.get(step.ordinal());
            report.target(String.format(Locale.ROOT, "rush, %s: p95 under %.0f ms", step.label, TARGET_P95_MS),
                    String.format(Locale.ROOT, "p50 %.0f ms, p95 %.0f ms, p99 %.0f ms over %d", r.millis(50), r.millis(95),
                            r.millis(99), r.requests()), r.requests() > 0 && r.millis(95) < TARGET_P95_MS);
        }
        return ok && errors == 0;
    }

    /** Before the rush: each candidate's draft, created through the list page, and the pieces given earlier. */
    private void prepare(List<Candidate> candidates, long trackId, List<byte[]> earlierFiles) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            var work = new ArrayList<Future<?>>();
            for (Candidate c : candidates) {
                work.add(pool.submit(() -> {
                    var browser = new BenchBrowser(client, base, c.token());
                    BenchBrowser.Page list = browser.open("/candidatures");
                    BenchBrowser.Page created = browser.postForm("/candidatures", List.of(
                            DossierFormFields.field("csrf-token", BenchBrowser.csrf(list)),
                            DossierFormFields.field("trackId", String.valueOf(trackId)),
                            DossierFormFields.field("entryRoute", "INITIALE")));
                    var id = CREATED.matcher(created.location());
                    if (!id.find()) {
                        throw new IllegalStateException("draft not created: " + created.location());
                    }
                    c.dossier()[0] = Long.parseLong(id.group(1));
                    for (int k = 0; k < EARLIER.length; k++) {
                        HttpResponse<String> put = client.send(HttpRequest.newBuilder(
                                base.resolve("/api/me/applications/" + c.id() + "/documents/" + EARLIER[k]))
                                .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + c.token())
                                .header("Content-Type", "application/pdf").header("X-File-Name", EARLIER[k].toLowerCase(Locale.ROOT) + ".pdf")
                                .PUT(HttpRequest.BodyPublishers.ofByteArray(earlierFiles.get(k))).build(),
                                HttpResponse.BodyHandlers.ofString());
                        if (put.statusCode() != 200) {
                            throw new IllegalStateException("piece " + EARLIER[k] + " refused: " + put.statusCode() + " " + put.body());
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    /** One candidate's journey; false at the first step that fails (it is counted, the rest is not done). */
    private boolean journey(Candidate c, BenchBrowser browser, List<byte[]> files) throws InterruptedException {
        String form = "/candidatures/" + c.id() + "/dossier";
        String pieces = "/candidatures/" + c.id() + "/pieces";
        Random random = ThreadLocalRandom.current();
        var data = new FrenchData(new Random(settings.seed() * 1000 + c.serial()));
        String professional = DossierFormFields.project(data.professionalProject(), data);
        String research = DossierFormFields.project(data.researchProject(), data);
        try {
            BenchBrowser.Page page = timed(Step.OPEN, () -> browser.open(form));
            think();
            BenchBrowser.Page first = page;
            page = timed(Step.SAVE, () -> browser.postForm(form, DossierFormFields.of(c.person(), first, data, 1, professional, research)));
            think();
            BenchBrowser.Page second = page;
            timed(Step.SAVE, () -> browser.postForm(form, DossierFormFields.of(c.person(), second, data, 2, professional, research)));
            think();
            BenchBrowser.Page list = timed(Step.OPEN, () -> browser.open(pieces));
            int file = random.nextInt(files.size());
            for (String code : LAST_MINUTE) {
                think();
                BenchBrowser.Page before = list;
                byte[] pdf = files.get(file);
                file = (file + 1) % files.size();
                list = timed(Step.UPLOAD, () -> browser.postFile(pieces + "/" + code,
                        Map.of("csrf-token", BenchBrowser.csrf(before), "replaces", ""), "file",
                        code.toLowerCase(Locale.ROOT) + "-" + c.serial() + ".pdf", pdf));
            }
            think();
            BenchBrowser.Page last = timed(Step.OPEN, () -> browser.open(form));
            think();
            BenchBrowser.Page status = timed(Step.SUBMIT, () -> {
                // the form's button saves and shows the summary; the summary's button submits
                String confirmation = "/candidatures/" + c.id() + "/confirmation";
                BenchBrowser.Page summary = browser.postForm(form, DossierFormFields.of(c.person(), last, data, 3, professional, research));
                if (!confirmation.equals(summary.location())) {
                    throw new BenchBrowser.Unexpected("the submit button redirected to " + summary.location());
                }
                BenchBrowser.Page answer = browser.postForm(confirmation, List.of(
                        Map.entry("csrf-token", BenchBrowser.csrf(summary)),
                        Map.entry("version", BenchBrowser.field(summary, SUMMARY_VERSION, "version"))));
                if (!answer.location().startsWith("/candidatures/" + c.id() + "?")) {
                    throw new BenchBrowser.Unexpected("submission redirected to " + answer.location());
                }
                return answer;
            });
            return status != null;
        } catch (BenchBrowser.Unexpected | RuntimeException failed) {
            return false;  // already counted by timed()
        }
    }

    /** A step timed and counted; its failure is recorded, then thrown on to stop the journey. */
    private BenchBrowser.Page timed(Step step, Action action) throws BenchBrowser.Unexpected, InterruptedException {
        long begin = System.nanoTime();
        String failure = null;
        BenchBrowser.Page page = null;
        try {
            page = action.run();
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            failure = e instanceof BenchBrowser.Unexpected ? e.getMessage() : e.toString();
        }
        timings.get(step).add(System.nanoTime() - begin, page == null ? 0 : page.html().length(), failure);
        if (failure != null) {
            throw new BenchBrowser.Unexpected(failure);
        }
        return page;
    }

    private void think() throws InterruptedException {
        Thread.sleep((long) (pause.toMillis() * (0.3 + 0.7 * ThreadLocalRandom.current().nextDouble())));
    }

    private Object readList(String path, String token, AtomicBoolean done) throws InterruptedException {
        var browser = new BenchBrowser(client, base, token);
        while (!done.get()) {
            try {
                timed(Step.STAFF, () -> browser.open(path));
            } catch (BenchBrowser.Unexpected counted) {
                // counted; the staff member reads again
            }
            Thread.sleep(500 + ThreadLocalRandom.current().nextInt(1500));
        }
        return null;
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long left = nanoTime - System.nanoTime();
        if (left > 0) {
            Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
        }
    }
}
