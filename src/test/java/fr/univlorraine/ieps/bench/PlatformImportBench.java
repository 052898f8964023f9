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
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
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

    /** PDFs per archive: the ZIP path takes 100 MB at most (ieps.large-request.size), so 2,000 PDFs go in several. */
    static final int PDFS_PER_ZIP = 90;

    static boolean run(Report report, URI base, long pid, BenchPostgres database, String headBearer, int n, Path out)
            throws Exception {
        long trackId;
        String prefix = "9" + String.format(Locale.ROOT, "%05d", Math.abs(UUID.randomUUID().hashCode()) % 100_000);
        try (Connection c = database.connect()) {
            trackId = platformTrack(c);
            c.commit();
        }
        byte[] csv = csv(n, prefix);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        DocumentBench.gc(pid);
        Thread.sleep(500);
        try (var heap = new DocumentBench.HeapSampler(pid)) {
            Thread.sleep(300);
            long baselineOldKb = heap.lastOldKb;
            heap.peakOldKb.set(baselineOldKb);
            long begin = System.nanoTime();
            // the platform's list: upload, the mapping of its usual columns, the confirmation
            HttpResponse<String> uploaded = client.send(multipart(base.resolve("/plateforme/" + trackId + "/import"),
                    headBearer, Map.of("type", "candidats"), "fichier", "monmaster-candidats.csv", "text/csv",
                    HttpRequest.BodyPublishers.ofByteArray(csv)), HttpResponse.BodyHandlers.ofString());
            boolean ok = uploaded.statusCode() == 303;
            String mapping = ok ? URI.create(uploaded.headers().firstValue("Location").orElseThrow()).getPath() : null;
            int mapped = ok ? form(client, base.resolve(mapping), headBearer, "col-NUMBER=0&col-LAST_NAME=1&col-FIRST_NAMES=2"
                    + "&col-EMAIL=3&col-BIRTH_DATE=4&col-LAST_DIPLOMA=5&col-ROUTE=6") : 0;
            int confirmed = mapped == 303 ? form(client, base.resolve(mapping + "/confirmer"), headBearer, "") : 0;
            Duration listed = Duration.ofNanos(System.nanoTime() - begin);
            ok &= confirmed == 303;
            // the PDFs, in archives under the cap, one after the other
            int archives = 0;
            long zipBytes = 0;
            for (int from = 0; ok && from < n; from += PDFS_PER_ZIP) {
                Path zip = out.resolve("bench-platform.zip");
                try {
                    writeZip(zip, from, Math.min(n, from + PDFS_PER_ZIP), prefix);
                    zipBytes += Files.size(zip);
                    HttpResponse<String> sent = client.send(multipart(base.resolve("/plateforme/" + trackId + "/pdf"),
                            headBearer, Map.of(), "zip", "monmaster.zip", "application/zip",
                            HttpRequest.BodyPublishers.ofFile(zip)), HttpResponse.BodyHandlers.ofString());
                    ok &= sent.statusCode() == 303;
                    archives++;
                } finally {
                    Files.deleteIfExists(zip);
                }
            }
            Duration elapsed = Duration.ofNanos(System.nanoTime() - begin);
            Thread.sleep(200);
            long growthKb = heap.peakOldKb.get() - baselineOldKb;
            long imported;
            long stored;
            try (Connection c = database.connect()) {
                imported = importedDossiers(c, trackId, prefix);
                stored = storedPieces(c, trackId, prefix);
            }
            ok &= imported == n && stored == n;
            double seconds = elapsed.toMillis() / 1000.0;
            report.line("");
            report.line("National platform import (M1, track %d), by a head through HTTP: the platform's list of %,d candidates"
                    + " (CSV: upload, mapping, confirmation) in %.1f s, then their %,d PDFs of 1 MB in %d ZIPs of at most %d"
                    + " (%.0f MB in all):", trackId, n, listed.toMillis() / 1000.0, n, archives, PDFS_PER_ZIP,
                    zipBytes / (1024.0 * 1024));
            report.line("- list answered %d, %d, %d; %,d / %,d dossiers imported; pieces stored: %,d / %,d; %.1f s in all"
                    + " (%.0f files/s)", uploaded.statusCode(), mapped, confirmed, imported, n, stored, n, seconds, n / seconds);
            report.line("- heap: old generation + survivors peak growth %.1f MB; peak of the whole heap %.1f MB",
                    growthKb / 1024.0, heap.peakTotalKb.get() / 1024.0);
            report.target("2,000 rows with 2,000 PDFs of 1 MB imported in under 2 minutes, heap growth under 128 MB",
                    String.format(Locale.ROOT, "%,d dossiers and %,d PDFs in %.1f s, %.1f MB", imported, stored, seconds,
                            growthKb / 1024.0),
                    ok && seconds < TARGET_SECONDS && growthKb < HEAP_TARGET_MB * 1024);
            return ok;
        }
    }

    /** A multipart POST with a head's bearer token: the form's fields, then one file. */
    private static HttpRequest multipart(URI uri, String bearer, Map<String, String> fields, String fileField,
            String fileName, String type, HttpRequest.BodyPublisher file) {
        String boundary = "bench" + UUID.randomUUID().toString().replace("-", "");
        StringBuilder head = new StringBuilder();
        fields.forEach((name, value) -> head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"")
                .append(name).append("\"\r\n\r\n").append(value).append("\r\n"));
        head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(fileField)
                .append("\"; filename=\"").append(fileName).append("\"\r\nContent-Type: ").append(type).append("\r\n\r\n");
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        return HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(30)).header("Authorization", "Bearer " + bearer)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(
                        head.toString().getBytes(StandardCharsets.UTF_8)), file, HttpRequest.BodyPublishers.ofByteArray(tail)))
                .build();
    }

    /** A form POST with a head's bearer token; its status. */
    private static int form(HttpClient client, URI uri, String bearer, String body) throws Exception {
        return client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(10)).header("Authorization", "Bearer " + bearer)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** The platform's list as its staff download it: one candidate a row, the platform's usual headers. */
    private static byte[] csv(int n, String prefix) {
        StringBuilder text = new StringBuilder("N° candidat;Nom;Prénom(s);Adresse mail;Date de naissance;Dernier diplôme obtenu;"
                + "Régime d'inscription\n");
        for (int i = 0; i < n; i++) {
            String number = number(prefix, i);
            text.append(number).append(";Plateforme").append(i).append(";Camille;mm-").append(number)
                    .append("@example.org;15/03/2001;Licence de sociologie;Formation initiale\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Makes M1 of the latest campaign a platform track (its initial route on the platform); returns the track's id. */
    private static long platformTrack(Connection c) throws SQLException {
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
        return trackId;
    }

    private static long importedDossiers(Connection c, long trackId, String prefix) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select count(*) from application where track_id = ? and origin = "
                + "'PLATFORM' and platform_number like ?")) {
            s.setLong(1, trackId);
            s.setString(2, prefix + "%");
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static String number(String prefix, int i) {
        return prefix + String.format(Locale.ROOT, "%05d", i);
    }

    /** The ZIP on disk: each dossier's PDF named as the platform names it, entries stored. */
    private static void writeZip(Path zip, int from, int to, String prefix) throws IOException {
        byte[] pdf = Fixtures.pdf(1, PDF_BYTES - 32 * 1024);
        CRC32 crc = new CRC32();
        crc.update(pdf);
        try (var out = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(zip), 1 << 16))) {
            out.setMethod(ZipOutputStream.STORED);
            for (int i = from; i < to; i++) {
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

    private static long storedPieces(Connection c, long trackId, String prefix) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select count(*) from application_document d join document_type t on "
                + "t.id = d.document_type_id join application a on a.id = d.application_id where t.code = 'MONMASTER' "
                + "and a.track_id = ? and a.platform_number like ?")) {
            s.setLong(1, trackId);
            s.setString(2, prefix + "%");
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
