package fr.univlorraine.ieps.bench;

import fr.univlorraine.ieps.application.ApplicationStatus;
import fr.univlorraine.ieps.documents.DossierPdf;
import fr.univlorraine.ieps.documents.PdfPrinter;
import fr.univlorraine.ieps.documents.Fixtures;
import fr.univlorraine.ieps.documents.FileKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The documents' targets: 20 concurrent uploads of 10 MB PDFs through the API (all stored, heap growth
 * under 64 MB) and a dossier of 10 documents of 5 pages merged into one PDF in under 1 s.
 */
final class DocumentBench {

    static final int UPLOADS = 20;
    /** Just under the CV's 10 MB limit. */
    static final int PDF_BYTES = 10 * 1024 * 1024 - 200 * 1024;

    private DocumentBench() {
    }

    /** Heap of the app sampled by jstat every 50 ms: young (eden), and old + survivors (where a whole file would stay). */
    static final class HeapSampler implements AutoCloseable {
        private final Process jstat;
        private final Thread reader;
        final AtomicLong peakOldKb = new AtomicLong();
        final AtomicLong peakTotalKb = new AtomicLong();
        volatile long lastOldKb;

        HeapSampler(long pid) throws IOException {
            jstat = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jstat").toString(), "-gc",
                    String.valueOf(pid), "50").redirectErrorStream(true).start();
            reader = new Thread(this::read, "jstat");
            reader.setDaemon(true);
            reader.start();
        }

        private void read() {
            try (var in = new BufferedReader(new InputStreamReader(jstat.getInputStream()))) {
                List<String> header = null;
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    List<String> cells = Arrays.asList(line.trim().split("\\s+"));
                    if (cells.contains("EU")) {
                        header = cells;
                        continue;
                    }
                    if (header == null || cells.size() != header.size()) {
                        continue;
                    }
                    double s0 = value(header, cells, "S0U");
                    double s1 = value(header, cells, "S1U");
                    double eden = value(header, cells, "EU");
                    double old = value(header, cells, "OU");
                    long oldKb = (long) (old + s0 + s1);
                    lastOldKb = oldKb;
                    peakOldKb.accumulateAndGet(oldKb, Math::max);
                    peakTotalKb.accumulateAndGet((long) (oldKb + eden), Math::max);
                }
            } catch (IOException | NumberFormatException e) {
                // the app stopped
            }
        }

        private static double value(List<String> header, List<String> cells, String column) {
            return Double.parseDouble(cells.get(header.indexOf(column)));
        }

        @Override
        public void close() {
            jstat.destroy();
        }
    }

    /** Runs both targets and writes them to the report; false if an upload failed. */
    static boolean run(Report report, URI base, long appPid, List<Seeder.Seeded> dossiers, String[] tokens, Path out)
            throws Exception {
        Path pdf = Files.write(out.resolve("bench-10mb.pdf"), Fixtures.pdf(2, PDF_BYTES - 64 * 1024));
        List<Integer> drafts = new ArrayList<>();
        for (int i = 0; i < dossiers.size() && drafts.size() < UPLOADS; i++) {
            if (dossiers.get(i).status() == ApplicationStatus.DRAFT) {
                drafts.add(i);
            }
        }
        if (drafts.size() < UPLOADS) {
            throw new IllegalStateException("not enough draft dossiers seeded for " + UPLOADS + " uploads: " + drafts.size());
        }
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        gc(appPid);
        Thread.sleep(500);
        boolean ok = true;
        long baselineOldKb;
        Duration elapsed;
        List<Integer> statuses;
        try (var heap = new HeapSampler(appPid)) {
            Thread.sleep(300);
            baselineOldKb = heap.lastOldKb;
            heap.peakOldKb.set(baselineOldKb);
            long begin = System.nanoTime();
            List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i : drafts) {
                calls.add(client.sendAsync(HttpRequest.newBuilder(base.resolve("/api/me/applications/" + dossiers.get(i).id() + "/documents/CV"))
                        .timeout(Duration.ofMinutes(2)).header("Authorization", "Bearer " + tokens[i])
                        .header("Content-Type", "application/pdf").header("X-File-Name", "cv-" + i + ".pdf")
                        .PUT(HttpRequest.BodyPublishers.ofFile(pdf)).build(), HttpResponse.BodyHandlers.ofString()));
            }
            statuses = calls.stream().map(CompletableFuture::join).map(HttpResponse::statusCode).toList();
            elapsed = Duration.ofNanos(System.nanoTime() - begin);
            Thread.sleep(200);
            long growthKb = heap.peakOldKb.get() - baselineOldKb;
            long stored = statuses.stream().filter(s -> s == 200).count();
            ok = stored == UPLOADS;
            double megabytes = UPLOADS * (double) Files.size(pdf) / (1024 * 1024);
            report.line("");
            report.line("Documents (20 concurrent uploads of a %.1f MB PDF through PUT /api/me/applications/{id}/documents/CV):",
                    Files.size(pdf) / (1024.0 * 1024));
            report.line("- stored: %d / %d (statuses %s), in %.2f s (%.0f MB/s)", stored, UPLOADS, statuses,
                    elapsed.toMillis() / 1000.0, megabytes / (elapsed.toMillis() / 1000.0));
            report.line("- heap: old generation + survivors (where a file held whole would stay) peak growth %.1f MB;"
                    + " peak of the whole heap including young garbage %.1f MB", growthKb / 1024.0, heap.peakTotalKb.get() / 1024.0);
            report.target("20 concurrent uploads of 10 MB PDFs: all stored, heap growth under 64 MB",
                    String.format(Locale.ROOT, "%d stored, %.1f MB", stored, growthKb / 1024.0), ok && growthKb < 64 * 1024);
        }
        mergeTarget(report, out);
        return ok;
    }

    /**
     * DossierPdf on 10 documents of 5 pages: the median of 20 runs after 5 warm-up runs. The cover is printed as the
     * app prints it (openhtmltopdf, the print style sheet, the embedded font, a table of contents that may need a
     * second printing), from plain XHTML: Qute's templates and message bundles need the running application.
     */
    private static void mergeTarget(Report report, Path out) throws IOException {
        byte[] fivePages = Fixtures.pdf(5, 200 * 1024);
        List<DossierPdf.Part> parts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            parts.add(new DossierPdf.Part("Pièce " + (i + 1), Files.write(out.resolve("bench-part-" + i + ".pdf"), fivePages), FileKind.PDF));
        }
        var description = new DossierPdf.Description("Dossier de candidature – Master 1 – 2027-2028", "IEPS-2027-M1-0001",
                "Camille Lefèvre", "Master IEPS");
        DossierPdf.Pages pages = new BenchPages(parts);
        long[] millis = new long[25];
        int pageCount = 0;
        for (int run = 0; run < millis.length; run++) {
            long begin = System.nanoTime();
            pageCount = DossierPdf.write(description, pages, parts, OutputStream.nullOutputStream());
            millis[run] = (System.nanoTime() - begin) / 1_000_000;
        }
        long[] timed = Arrays.copyOfRange(millis, 5, millis.length);
        Arrays.sort(timed);
        report.line("- merged dossier of 10 PDFs × 5 pages (%d pages): median %d ms, slowest %d ms over %d runs, first (cold) %d ms",
                pageCount, timed[timed.length / 2], timed[timed.length - 1], timed.length, millis[0]);
        report.target("merged dossier of 10 documents of 5 pages built in under 1 s", timed[timed.length - 1] + " ms (slowest)",
                timed[timed.length - 1] < 1000);
    }

    /** A cover of the size of a real one (identity, a long research project, the table of contents), in the app's style. */
    private record BenchPages(List<DossierPdf.Part> parts) implements DossierPdf.Pages {
        private static final String CSS = css();

        @Override
        public byte[] cover(List<Integer> firstPages) {
            StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"fr\"><head><title>Dossier</title><style>")
                    .append(CSS).append("</style></head><body><h1>Dossier de candidature – Master 1 – 2027-2028</h1>")
                    .append("<p>Camille Lefèvre</p><p>IEPS-2027-M1-0001</p><h2>Identité et coordonnées</h2><table class=\"facts\">");
            for (String[] row : new String[][] {{"Prénom", "Camille"}, {"Nom", "Lefèvre"}, {"Date de naissance", "2 mars 2001"},
                    {"Nationalité", "française"}, {"Adresse électronique", "camille@example.org"}, {"Téléphone", "06 01 02 03 04"},
                    {"Adresse", "1 rue des Clercs, 57000 Metz"}}) {
                html.append("<tr><th>").append(row[0]).append("</th><td>").append(row[1]).append("</td></tr>");
            }
            html.append("</table><h2>Projet de recherche</h2><p class=\"text\">")
                    .append("Le non-recours aux droits sociaux ".repeat(120)).append("</p><h2>Pièces justificatives</h2><table class=\"toc\">");
            for (int i = 0; i < parts.size(); i++) {
                html.append("<tr><td>").append(parts.get(i).title()).append("</td><td class=\"page\">")
                        .append(firstPages.get(i)).append("</td></tr>");
            }
            return PdfPrinter.plain(html.append("</table></body></html>").toString());
        }

        @Override
        public byte[] unavailable(DossierPdf.Part part) {
            return PdfPrinter.plain("<!DOCTYPE html><html lang=\"fr\"><head><title>" + part.title() + "</title><style>" + CSS
                    + "</style></head><body><h1>" + part.title() + "</h1></body></html>");
        }

        /** The print style sheet, as it is: it holds no template expression. */
        private static String css() {
            try (var in = DocumentBench.class.getClassLoader().getResourceAsStream("templates/pdf/print.css")) {
                return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    static void gc(long pid) throws IOException, InterruptedException {
        new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), String.valueOf(pid), "GC.run")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
    }
}
