package fr.univlorraine.ieps.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The results as a Markdown report (printed and written to results.md) and a CSV file. */
final class Report {

    private final List<String> lines = new ArrayList<>();
    private final List<String> csv = new ArrayList<>(List.of(
            "scenario,requests,errors,requests_per_s,vs_baseline,p50_ms,p95_ms,p99_ms,max_ms,bytes_per_response,"
            + "app_cpu_ms_per_request,client_cpu_ms_per_request,jit_share_of_app_cpu"));

    void header(Settings settings, double seedingSeconds) {
        var os = ManagementFactory.getOperatingSystemMXBean();
        line("# Admissions IEPS benchmark");
        line("");
        line("%s on %d cores (load average %.1f before the run), Java %s; client and app on the same machine.",
                LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS), os.getAvailableProcessors(),
                os.getSystemLoadAverage(), System.getProperty("java.version"));
        line("%s. Seed written in %.1f s. Closed loop: each user sends its next request as soon"
                + " as the previous answer is read (no think time).", settings.describe(), seedingSeconds);
    }

    void warmUp(List<LoadRunner.Slice> slices) {
        line("");
        line("Warm-up before measuring: %d s, all scenarios mixed, requests/s every 5 s (with the JIT compiler's share"
                + " of the app's CPU): %s.", 5 * slices.size(), rates(slices));
    }

    /**
     * The requests/s of each slice of a warm-up, with the JIT compiler's share of the app's CPU; says so when the
     * warm-up stopped at its limit with the compiler still at work.
     */
    static String rates(List<LoadRunner.Slice> slices) {
        String rates = String.join(", ", slices.stream().map(slice -> Double.isNaN(slice.jitShare())
                ? format("%.0f", slice.perSecond())
                : format("%.0f (JIT %.0f %%)", slice.perSecond(), 100 * slice.jitShare())).toList());
        LoadRunner.Slice last = slices.get(slices.size() - 1);
        return Double.isNaN(last.jitShare()) || last.quiet() ? rates
                : rates + " — **stopped at its limit, the JIT compiler still at work: the measures below may be those"
                        + " of an app still warming up**";
    }

    /** A share as a percentage with one decimal; "?" when unknown. */
    private static String percent(double share) {
        return Double.isNaN(share) ? "?" : format("%.1f %%", 100 * share);
    }

    void line(String format, Object... args) {
        lines.add(format(format, args));
    }

    private static String format(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    void startups(List<String> labels, List<AppProcess.Startup> startups) {
        line("");
        line("| Start-up (packaged app, PostgreSQL) | Process start to ready | Quarkus \"started in\" |");
        line("|---|---:|---:|");
        for (int i = 0; i < startups.size(); i++) {
            AppProcess.Startup s = startups.get(i);
            line("| %s | %.2f s | %s |", labels.get(i), s.untilReady().toMillis() / 1000.0, s.quarkusReported());
        }
    }

    /** One row per scenario; the first one is the baseline the others' throughput is compared to. */
    void results(List<Result> results) {
        double baseline = results.get(0).perSecond();
        line("");
        line("| Scenario | Requests | Errors | Req/s | vs baseline | p50 ms | p95 ms | p99 ms | max ms | Bytes/resp"
                + " | App CPU ms/req | Client CPU ms/req | JIT %% of app CPU |");
        line("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (Result r : results) {
            Object[] values = {r.scenario(), r.requests(), r.errors(), r.perSecond(), 100 * r.perSecond() / baseline,
                r.millis(50), r.millis(95), r.millis(99), r.millis(100), r.bytesPerResponse(),
                r.appCpuMillisPerRequest(), r.clientCpuMillisPerRequest(), r.jitShare()};
            line("| %s | %d | %s | %.0f | %.0f %% | %.2f | %.2f | %.2f | %.1f | %d | %.2f | %.2f | %s |", values[0],
                    values[1], r.errors() == 0 ? "0" : "**" + r.errors() + "**", values[3], values[4], values[5],
                    values[6], values[7], values[8], values[9], values[10], values[11], percent(r.jitShare()));
            csv.add(format("\"%s\",%d,%d,%.1f,%.3f,%.3f,%.3f,%.3f,%.3f,%d,%.3f,%.3f,%.4f", values));
        }
        for (Result r : results) {
            if (r.errors() > 0) {
                line("");
                line("**!!! %s: %d of %d requests FAILED — its numbers are not valid.** First errors: %s",
                        r.scenario(), r.errors(), r.requests(), String.join("; ", r.errorSamples()));
            }
        }
    }

    /**
     * Scenarios measured on their own (not against the baseline's throughput): latency as the client sees
     * it, requests/s, app CPU per request. Their CSV rows leave vs_baseline empty.
     */
    void latencies(List<Result> results, int users) {
        line("");
        line("| Scenario | Users | Requests | Errors | Req/s | p50 ms | p95 ms | p99 ms | max ms | Bytes/resp"
                + " | App CPU ms/req | Client CPU ms/req | JIT %% of app CPU |");
        line("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (Result r : results) {
            line("| %s | %d | %d | %s | %.1f | %.2f | %.2f | %.2f | %.1f | %d | %.2f | %.2f | %s |", r.scenario(), users,
                    r.requests(), r.errors() == 0 ? "0" : "**" + r.errors() + "**", r.perSecond(), r.millis(50),
                    r.millis(95), r.millis(99), r.millis(100), r.bytesPerResponse(), r.appCpuMillisPerRequest(),
                    r.clientCpuMillisPerRequest(), percent(r.jitShare()));
            csv.add(format("\"%s\",%d,%d,%.1f,,%.3f,%.3f,%.3f,%.3f,%d,%.3f,%.3f,%.4f", r.scenario(), r.requests(),
                    r.errors(), r.perSecond(), r.millis(50), r.millis(95), r.millis(99), r.millis(100),
                    r.bytesPerResponse(), r.appCpuMillisPerRequest(), r.clientCpuMillisPerRequest(), r.jitShare()));
        }
        for (Result r : results) {
            if (r.errors() > 0) {
                line("");
                line("**!!! %s: %d of %d requests FAILED — its numbers are not valid.** First errors: %s",
                        r.scenario(), r.errors(), r.requests(), String.join("; ", r.errorSamples()));
            }
        }
    }

    /**
     * The steps of a scenario of journeys (not a closed loop): latency as the client sees it, per step; the CSV rows
     * leave vs_baseline and the app's CPU empty.
     */
    void steps(List<Result> results) {
        line("");
        line("| Step | Requests | Errors | p50 ms | p95 ms | p99 ms | max ms | Bytes/resp |");
        line("|---|---:|---:|---:|---:|---:|---:|---:|");
        for (Result r : results) {
            line("| %s | %d | %s | %.1f | %.1f | %.1f | %.1f | %d |", r.scenario(), r.requests(),
                    r.errors() == 0 ? "0" : "**" + r.errors() + "**", r.millis(50), r.millis(95), r.millis(99),
                    r.millis(100), r.bytesPerResponse());
            csv.add(format("\"%s\",%d,%d,%.1f,,%.3f,%.3f,%.3f,%.3f,%d,,,", r.scenario(), r.requests(), r.errors(),
                    r.perSecond(), r.millis(50), r.millis(95), r.millis(99), r.millis(100), r.bytesPerResponse()));
        }
        for (Result r : results) {
            if (r.errors() > 0) {
                line("");
                line("**!!! %s: %d of %d requests FAILED.** First errors: %s", r.scenario(), r.errors(), r.requests(),
                        String.join("; ", r.errorSamples()));
            }
        }
    }

    /** The targets of the issue, measured and compared, never asserted. */
    void targets(List<AppProcess.Startup> startups, List<Result> results, String candidatePage) {
        line("");
        line("Targets (measured, not asserted):");
        Duration slowest = startups.stream().map(AppProcess.Startup::untilReady)
                .max(Comparator.naturalOrder()).orElseThrow();
        target("packaged app ready in under 3 s (slowest start; the target was set on H2, measured here on PostgreSQL)",
                format("%.2f s", slowest.toMillis() / 1000.0), slowest.toMillis() < 3000);
        results.stream().filter(r -> r.scenario().equals(candidatePage)).findFirst().ifPresent(page -> {
            target("candidate status page p95 under 20 ms", format("%.2f ms", page.millis(95)), page.millis(95) < 20);
            double share = page.perSecond() / results.get(0).perSecond();
            target("candidate status page at least 30 % of the baseline's throughput",
                    format("%.0f %%", 100 * share), share >= 0.30);
        });
    }

    /** One target of an issue, measured: met or missed, never asserted. */
    void target(String what, String measured, boolean met) {
        line("- %s: %s — %s", what, measured, met ? "met" : "**MISSED**");
    }

    String text() {
        return String.join(System.lineSeparator(), lines);
    }

    void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("results.md"), text() + System.lineSeparator());
        Files.write(dir.resolve("results.csv"), csv);
    }
}
