package fr.univlorraine.ieps.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ranking board's target (issue "Review and ranking"): with 2,000 dossiers under review and 3 reviews
 * each, a page of the board (100 rows) in under 150 ms at the 95th percentile. A programme head's bearer
 * token asks for the first page and a middle one (page 10), {@code bench.boardUsers} heads at a time (1 by
 * default, so that the time is the server's, not a queue's): warm-up of both pages mixed, then each page
 * measured on its own. Times are taken by the client on 127.0.0.1 (request sent to body read, keep-alive).
 */
final class BoardBench {

    static final double TARGET_P95_MS = 150;
    static final String TRACK = "M1";
    private static final int MIDDLE_PAGE = 10;

    private static final Pattern ROW = Pattern.compile("<tr id=\"dossier-");
    private static final Pattern TOTAL = Pattern.compile("<ul class=\"summary-figures\">\\s*<li><strong>(\\d+)</strong>");

    private BoardBench() {
    }

    static boolean run(Report report, URI base, Settings s, BoardSeeder.Summary seeded, String head, String candidate,
            CpuMeter cpu) throws IOException, InterruptedException {
        int pages = Math.max(1, (seeded.boardDossiers() + 99) / 100);
        int middle = Math.min(MIDDLE_PAGE, pages);
        String first = "/classement/" + TRACK;
        String other = first + "?page=" + middle;
        report.line("");
        report.line("%s", String.format(Locale.ROOT, "Ranking board of %s: %,d dossiers under review, each with %d submitted reviews"
                + " (%d criteria each, %d team members; %,d reviewed dossiers in the campaign, %,d reviews in all);"
                + " heads' explicit positions for %,d of them, %d moves logged. Pages of 100 rows, as a programme head"
                + " (bearer token, role head). Times measured by the client on 127.0.0.1, from sending the request to"
                + " reading the whole page (keep-alive): the server's time plus the loopback transfer.", TRACK,
                seeded.boardDossiers(), BoardSeeder.REVIEWS_PER_DOSSIER, seeded.criteria(), seeded.members(),
                seeded.reviewedDossiers(), seeded.reviews(), seeded.positioned(), seeded.moves()));
        report.line("");
        report.line("Checks before the load:");
        HttpClient client = HttpClient.newHttpClient();
        boolean ok = checkPage(report, client, base, first, 1, head, seeded.boardDossiers());
        ok &= checkPage(report, client, base, other, middle, head, seeded.boardDossiers());
        HttpResponse<byte[]> refused = client.send(Benchmark.get(base, first, candidate), BodyHandlers.ofByteArray());
        ok &= verdict(report, "GET " + first + " with a candidate's token", refused.statusCode(), 403,
                refused.body().length, "", true);
        if (!ok) {
            return false;
        }

        var runner = new LoadRunner(s.boardUsers(), cpu);
        List<Scenario> scenarios = List.of(
                new Scenario("ranking board " + first + " (page 1)", () -> Benchmark.get(base, first, head)),
                new Scenario("ranking board " + other + " (page " + middle + ")", () -> Benchmark.get(base, other, head)));
        Benchmark.log("    warm-up of the board, both pages mixed, %d user(s), at most %d s", s.boardUsers(),
                s.warmupMax().toSeconds());
        List<LoadRunner.Slice> warmUp = runner.warmUp(scenarios, s.warmupMax());
        report.line("");
        report.line("Warm-up: %d s, both pages mixed, %d user(s), requests/s every 5 s: %s. Then each page alone:"
                + " warmed up until the JIT is done, %d s more, %d s measured.", 5 * warmUp.size(), s.boardUsers(), Report.rates(warmUp),
                s.warmup().toSeconds(), s.duration().toSeconds());
        var results = new ArrayList<Result>();
        for (Scenario scenario : scenarios) {
            Benchmark.log("    %s, %d user(s): warm-up alone until the JIT is done, %d s more, %d s measured",
                    scenario.name(), s.boardUsers(),
                    s.warmup().toSeconds(), s.duration().toSeconds());
            results.add(runner.measure(scenario, s.warmup(), s.duration(), s.warmupMax()));
        }
        report.latencies(results, s.boardUsers());
        report.line("");
        report.line("Targets (measured, not asserted):");
        for (Result r : results) {
            report.target(String.format(Locale.ROOT, "%s with %,d dossiers × %d reviews: p95 under %.0f ms",
                    r.scenario(), seeded.boardDossiers(), BoardSeeder.REVIEWS_PER_DOSSIER, TARGET_P95_MS),
                    String.format(Locale.ROOT, "p50 %.1f ms, p95 %.1f ms, max %.1f ms over %d requests", r.millis(50),
                            r.millis(95), r.millis(100), r.requests()),
                    r.millis(95) < TARGET_P95_MS);
        }
        return results.stream().allMatch(r -> r.errors() == 0);
    }

    /** The page answers 200 with the whole board counted and a full page of rows (or the rest, on the last). */
    private static boolean checkPage(Report report, HttpClient client, URI base, String path, int page, String head,
            int dossiers) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = client.send(Benchmark.get(base, path, head), BodyHandlers.ofByteArray());
        String html = new String(response.body(), StandardCharsets.UTF_8);
        Matcher total = TOTAL.matcher(html);
        int shownTotal = total.find() ? Integer.parseInt(total.group(1)) : -1;
        long rows = ROW.matcher(html).results().count();
        long expectedRows = Math.max(0, Math.min(100, dossiers - 100L * (page - 1)));
        boolean content = shownTotal == dossiers && rows == expectedRows;
        return verdict(report, "GET " + path + " with a head's token", response.statusCode(), 200,
                response.body().length, String.format(Locale.ROOT, ", %d dossiers on the board, %d rows shown%s",
                        shownTotal, rows, content ? "" : " (expected " + dossiers + " and " + expectedRows + ")"),
                content);
    }

    private static boolean verdict(Report report, String what, int status, int expected, int bytes, String details,
            boolean content) {
        boolean ok = status == expected && content;
        report.line("- %s: HTTP %d, %,d bytes (expected %d)%s%s", what, status, bytes, expected, details,
                ok ? "" : " — **WRONG**");
        if (!ok) {
            Benchmark.log("!!! %s: expected HTTP %d, got %d%s", what, expected, status, details);
        }
        return ok;
    }
}
