package fr.univlorraine.ieps.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The exports' targets (issue 6): with 10,000 applications in a track, its list of all applications exported in
 * under 1 s as CSV and under 5 s as XLSX, the heap growing by less than 64 MB meanwhile. Each list × format is
 * downloaded by the secretariat's bearer token, one at a time: {@value #WARMUPS} warm-ups, then {@value #RUNS} timed
 * runs (request sent to last byte read, on 127.0.0.1). Memory: while the timed runs go, {@code jstat} samples the
 * app's heap every 50 ms (after a full GC before each export's runs); the peak growth of the old generation and the
 * survivors is what outlived a young collection, where rows held for the whole export would end up, and the peak of
 * the whole heap includes the young garbage. The live heap after a full GC, idle, is printed for scale. To check the
 * headroom directly, run the bench with a small heap for the app ({@code -Dbench.appJvmArgs=-Xmx128m}).
 */
final class ExportBench {

    static final String TRACK = "M2";
    static final int WARMUPS = 3;
    static final int RUNS = 10;
    private static final double CSV_TARGET_MS = 1000;
    private static final double XLSX_TARGET_MS = 5000;
    private static final double HEAP_TARGET_MB = 64;
    private static final List<String> LISTS = List.of("candidatures", "admis", "liste-attente");

    private ExportBench() {
    }

    static boolean run(Report report, URI base, long pid, int expected, String secretariat, String candidate) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        report.line("");
        report.line("Secretariat's exports of %s (%,d applications in the track; the lists of all applications, of the"
                + " accepted and of the waiting list), one download at a time with the secretariat's bearer token; %d warm-ups"
                + " then %d timed runs each, from sending the request to reading the last byte on 127.0.0.1.", TRACK, expected,
                WARMUPS, RUNS);
        report.line("");
        report.line("Checks before the measures:");
        boolean ok = true;
        String all = "/secretariat/exports/" + TRACK + "/candidatures/";
        byte[] csv = get(client, base, all + "csv", secretariat, 200, report);
        long csvRows = csv == null ? -1 : countCsvRecords(csv);
        ok &= verdict(report, "GET " + all + "csv: one line per application", csvRows, expected);
        byte[] xlsx = get(client, base, all + "xlsx", secretariat, 200, report);
        long xlsxRows = -1;
        if (xlsx != null) {
            try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
                xlsxRows = workbook.getSheetAt(0).getLastRowNum();
            }
        }
        ok &= verdict(report, "GET " + all + "xlsx: one row per application", xlsxRows, expected);
        ok &= get(client, base, all + "csv", candidate, 403, report) != null;
        if (!ok) {
            return false;
        }

        long idleLive = liveHeapKb(pid);
        report.line("");
        report.line("| Export | Rows | Bytes | median ms | max ms | old gen + survivors peak growth MB | whole heap peak MB |");
        report.line("|---|---:|---:|---:|---:|---:|---:|");
        double[] allMedianMax = new double[4];
        double worstGrowthMb = 0;
        double worstPeakMb = 0;
        for (String list : LISTS) {
            for (String format : List.of("csv", "xlsx")) {
                String path = "/secretariat/exports/" + TRACK + "/" + list + "/" + format;
                for (int i = 0; i < WARMUPS; i++) {
                    get(client, base, path, secretariat, 200, null);
                }
                DocumentBench.gc(pid);
                Thread.sleep(300);
                long[] millis = new long[RUNS];
                int bytes = 0;
                double growthMb;
                double peakMb;
                try (var heap = new DocumentBench.HeapSampler(pid)) {
                    Thread.sleep(300);
                    long baseline = heap.lastOldKb;
                    heap.peakOldKb.set(baseline);
                    heap.peakTotalKb.set(0);
                    for (int i = 0; i < RUNS; i++) {
                        long begin = System.nanoTime();
                        bytes = get(client, base, path, secretariat, 200, null).length;
                        millis[i] = (System.nanoTime() - begin) / 1_000_000;
                    }
                    Thread.sleep(200);
                    growthMb = (heap.peakOldKb.get() - baseline) / 1024.0;
                    peakMb = heap.peakTotalKb.get() / 1024.0;
                }
                Arrays.sort(millis);
                long median = millis[RUNS / 2];
                long max = millis[RUNS - 1];
                worstGrowthMb = Math.max(worstGrowthMb, growthMb);
                worstPeakMb = Math.max(worstPeakMb, peakMb);
                String rows = list.equals("candidatures") ? String.format(Locale.ROOT, "%,d", expected) : "";
                report.line("| %s | %s | %,d | %d | %d | %.1f | %.1f |", path, rows, bytes, median, max, growthMb, peakMb);
                if (list.equals("candidatures")) {
                    allMedianMax[format.equals("csv") ? 0 : 2] = median;
                    allMedianMax[format.equals("csv") ? 1 : 3] = max;
                }
            }
        }
        report.line("");
        double boundMb = worstPeakMb - idleLive / 1024.0;
        report.line("Live heap after a full GC, idle, before these exports: %.1f MB; so an export held at most %.1f MB"
                + " (highest whole-heap peak minus that, garbage included: a true upper bound, tight only when the heap is"
                + " small, e.g. -Dbench.appJvmArgs=-Xmx128m; with a roomy heap, the old generation + survivors growth is"
                + " the measure, since young garbage fills the peak).", idleLive / 1024.0, boundMb);
        report.line("");
        report.line("Targets (measured, not asserted):");
        report.target(String.format(Locale.ROOT, "CSV of all %,d applications of a track in under 1 s", expected),
                String.format(Locale.ROOT, "median %.0f ms, max %.0f ms", allMedianMax[0], allMedianMax[1]), allMedianMax[1] < CSV_TARGET_MS);
        report.target(String.format(Locale.ROOT, "XLSX of all %,d applications of a track in under 5 s", expected),
                String.format(Locale.ROOT, "median %.0f ms, max %.0f ms", allMedianMax[2], allMedianMax[3]), allMedianMax[3] < XLSX_TARGET_MS);
        report.target("heap growth during an export under 64 MB", String.format(Locale.ROOT,
                "old gen + survivors peak growth %.1f MB (worst export); whole-heap peak over the idle live heap %.1f MB"
                + " (upper bound)", worstGrowthMb, boundMb), worstGrowthMb < HEAP_TARGET_MB || boundMb < HEAP_TARGET_MB);
        return ok;
    }

    /** The heap still reachable: a full GC, then eden + survivors + old as jstat reports them. */
    static long liveHeapKb(long pid) throws IOException, InterruptedException {
        DocumentBench.gc(pid);
        String[] lines = run("jstat", "-gc", String.valueOf(pid)).trim().split("\n");
        List<String> header = Arrays.asList(lines[0].trim().split("\\s+"));
        List<String> values = Arrays.asList(lines[1].trim().split("\\s+"));
        double kb = 0;
        for (String column : List.of("S0U", "S1U", "EU", "OU")) {
            kb += Double.parseDouble(values.get(header.indexOf(column)));
        }
        return (long) kb;
    }

    private static String run(String tool, String... args) throws IOException, InterruptedException {
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", tool).toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(30, TimeUnit.SECONDS);
        return output;
    }

    private static long countCsvRecords(byte[] csv) throws IOException {
        var reader = new InputStreamReader(new ByteArrayInputStream(csv, 3, csv.length - 3), StandardCharsets.UTF_8);
        try (var parser = CSVFormat.EXCEL.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            return parser.stream().count();
        }
    }

    /** The body, or null (reported when {@code report} is given) if the status is not the expected one. */
    private static byte[] get(HttpClient client, URI base, String path, String token, int expected, Report report)
            throws IOException, InterruptedException {
        HttpResponse<byte[]> response = client.send(Benchmark.get(base, path, token), BodyHandlers.ofByteArray());
        boolean ok = response.statusCode() == expected;
        if (report != null) {
            report.line("- GET %s with %s token: HTTP %d, %,d bytes (expected %d)%s", path,
                    expected == 403 ? "a candidate's" : "the secretariat's", response.statusCode(), response.body().length,
                    expected, ok ? "" : " — **WRONG**");
        }
        if (!ok) {
            Benchmark.log("!!! GET %s: expected HTTP %d, got %d", path, expected, response.statusCode());
            if (report == null) {
                throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
            }
            return null;
        }
        return response.body();
    }

    private static boolean verdict(Report report, String what, long found, long expected) {
        boolean ok = found == expected;
        report.line("- %s: %,d (expected %,d)%s", what, found, expected, ok ? "" : " — **WRONG**");
        return ok;
    }
}
