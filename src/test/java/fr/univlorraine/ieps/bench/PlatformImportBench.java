package fr.univlorraine.ieps.bench;

import fr.univlorraine.ieps.documents.Fixtures;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The import of the national platform's candidates (issue 16): {@code bench.platform} imported dossiers of one platform
 * track (M1 of the latest campaign), then a ZIP of as many PDFs of 1 MB uploaded through HTTP by a head and matched to
 * them by number; target 2,000 dossiers and PDFs in under 2 minutes, the heap growing by less than 128 MB. The dossiers
 * are written over JDBC as the spreadsheet import leaves them (its own timing is the spreadsheet import's). The ZIP is
 * written to disk first (entries STORED, as PDFs barely shrink), then streamed; the time runs from sending the request
 * to the result's redirect. Heap: jstat every 50 ms after a full GC, the old generation and survivors' peak growth.
 * Off unless {@code -Dbench.platform=2000}.
 */
final class PlatformImportBench {

    static final int PDF_BYTES = 1024 * 1024;
    private static final double TARGET_SECONDS = 120;
    private static final double HEAP_TARGET_MB = 128;

    private PlatformImportBench() {
    }

    /** How many dossiers and PDFs; 0 leaves the scenario out. */
    static int size() {
        return Integer.getInteger("bench.platform", 0);
    }

    static boolean run(Report report, URI base, long pid, BenchPostgres database, String headBearer, int n, Path out)
            throws Exception {
        long trackId;
        String prefix = "9" + String.format(Locale.ROOT, "%05d", Math.abs(UUID.randomUUID().hashCode()) % 100_000);
        Instant seeding = Instant.now();
        try (Connection c = database.connect()) {
            trackId = seed(c, n, prefix);
        }
        Duration seeded = Duration.between(seeding, Instant.now());
        Path zip = out.resolve("bench-platform.zip");
        writeZip(zip, n, prefix);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String boundary = "bench" + UUID.randomUUID().toString().replace("-", "");
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"zip\"; filename=\"monmaster.zip\"\r\n"
                + "Content-Type: application/zip\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/plateforme/" + trackId + "/pdf"))
                .timeout(Duration.ofMinutes(30)).header("Authorization", "Bearer " + headBearer)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
                        HttpRequest.BodyPublishers.ofFile(zip), HttpRequest.BodyPublishers.ofByteArray(tail)))
                .build();
        DocumentBench.gc(pid);
        Thread.sleep(500);
        try (var heap = new DocumentBench.HeapSampler(pid)) {
            Thread.sleep(300);
            long baselineOldKb = heap.lastOldKb;
            heap.peakOldKb.set(baselineOldKb);
            long begin = System.nanoTime();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            Duration elapsed = Duration.ofNanos(System.nanoTime() - begin);
            Thread.sleep(200);
            long growthKb = heap.peakOldKb.get() - baselineOldKb;
            long stored;
            try (Connection c = database.connect()) {
                stored = storedPieces(c, trackId);
            }
            boolean ok = response.statusCode() == 303 && stored == n;
            double seconds = elapsed.toMillis() / 1000.0;
            report.line("");
            report.line("National platform import (M1, track %d): %,d imported dossiers written over JDBC in %.1f s, then a"
                    + " ZIP of %,d PDFs of 1 MB (%.0f MB) uploaded by a head through POST /plateforme/{trackId}/pdf:", trackId, n,
                    seeded.toMillis() / 1000.0, n, Files.size(zip) / (1024.0 * 1024));
            report.line("- answered %d in %.1f s (%.0f files/s); pieces stored: %,d / %,d", response.statusCode(), seconds,
                    n / seconds, stored, n);
            report.line("- heap: old generation + survivors peak growth %.1f MB; peak of the whole heap %.1f MB",
                    growthKb / 1024.0, heap.peakTotalKb.get() / 1024.0);
            report.target("2,000 platform dossiers' PDFs of 1 MB imported in under 2 minutes, heap growth under 128 MB",
                    String.format(Locale.ROOT, "%,d stored in %.1f s, %.1f MB", stored, seconds, growthKb / 1024.0),
                    ok && seconds < TARGET_SECONDS && growthKb < HEAP_TARGET_MB * 1024);
            return ok;
        } finally {
            Files.deleteIfExists(zip);
        }
    }

    /** Makes M1 of the latest campaign a platform track and writes n imported dossiers; returns the track's id. */
    private static long seed(Connection c, int n, String prefix) throws SQLException {
        long trackId;
        try (PreparedStatement s = c.prepareStatement("select t.id, c.start_year from track t join campaign c on c.id = "
                + "t.campaign_id where t.level = 'M1' order by c.start_year desc limit 1"); ResultSet r = s.executeQuery()) {
            r.next();
            trackId = r.getLong(1);
        }
        try (PreparedStatement s = c.prepareStatement("insert into platform_track (track_id) select ? where not exists "
                + "(select 1 from platform_track where track_id = ?)")) {
            s.setLong(1, trackId);
            s.setLong(2, trackId);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("insert into platform_track_route (track_id, route) select ?, "
                + "'INITIALE' where not exists (select 1 from platform_track_route where track_id = ? and route = 'INITIALE')")) {
            s.setLong(1, trackId);
            s.setLong(2, trackId);
            s.executeUpdate();
        }
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement s = c.prepareStatement("insert into application (track_id, reference, status, entry_route, "
                + "lang, first_name, last_name, email, created_at, updated_at, submitted_at, origin, platform_number) "
                + "values (?, ?, 'SUBMITTED', 'INITIALE', 'fr', ?, ?, ?, ?, ?, ?, 'PLATFORM', ?)")) {
            for (int i = 0; i < n; i++) {
                String number = number(prefix, i);
                s.setLong(1, trackId);
                s.setString(2, "MM-" + number);
                s.setString(3, "Camille");
                s.setString(4, "Plateforme" + i);
                s.setString(5, "mm-" + number + "@example.org");
                s.setTimestamp(6, now);
                s.setTimestamp(7, now);
                s.setTimestamp(8, now);
                s.setString(9, number);
                s.addBatch();
                if (i % 500 == 499) {
                    s.executeBatch();
                }
            }
            s.executeBatch();
        }
        return trackId;
    }

    private static String number(String prefix, int i) {
        return prefix + String.format(Locale.ROOT, "%05d", i);
    }

    /** The ZIP on disk: each dossier's PDF named as the platform names it, entries stored. */
    private static void writeZip(Path zip, int n, String prefix) throws IOException {
        byte[] pdf = Fixtures.pdf(1, PDF_BYTES - 32 * 1024);
        CRC32 crc = new CRC32();
        crc.update(pdf);
        try (var out = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(zip), 1 << 16))) {
            out.setMethod(ZipOutputStream.STORED);
            for (int i = 0; i < n; i++) {
                ZipEntry entry = new ZipEntry("MonMaster_" + number(prefix, i) + "_CANDIDAT.pdf");
                entry.setSize(pdf.length);
                entry.setCompressedSize(pdf.length);
                entry.setCrc(crc.getValue());
                out.putNextEntry(entry);
                out.write(pdf);
                out.closeEntry();
            }
        }
    }

    private static long storedPieces(Connection c, long trackId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select count(*) from application_document d join document_type t on "
                + "t.id = d.document_type_id join application a on a.id = d.application_id where t.code = 'MONMASTER' "
                + "and a.track_id = ? and a.reference like 'MM-%'")) {
            s.setLong(1, trackId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
