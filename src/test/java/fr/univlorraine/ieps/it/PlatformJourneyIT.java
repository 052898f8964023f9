package fr.univlorraine.ieps.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.univlorraine.ieps.it.RealBrowser.Browsers;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * "M1 through the national platform" on the real stack: the M1 track's initial and work-study routes apply on Mon
 * Master. The head imports the platform's list of candidates (CSV: column mapping proposed from the platform's
 * headers, preview, confirmation) and the ZIP of their PDF files (one of them for a number nobody has, reported and
 * not stored); once they are under review, the head gives them to a reader of the team, who scores each in the
 * browser; the head moves one of them on the board in committee mode with its reason, and downloads
 * the ranking for the platform, which lists the imported dossiers in the board's order. The platform routes are
 * given back to the track at the end, so that the other journeys find M1 as they expect it.
 */
@ExtendWith(RealBrowser.class)
class PlatformJourneyIT {

    static final String LEVEL = "M1";
    static final String HEAD = "responsable@example.org";
    static final String HEAD_PASSWORD = "responsable-demo-2027";
    static final String READER = "Claire Plateforme-Lectrice";
    static final String READER_PASSWORD = "Lecture-Mon-Master-2027";
    static final String MOVE_REASON = "Le comité retient ce projet de terrain, plus abouti que ne le disent les lectures.";

    /** A candidate of the platform's file. */
    record Imported(String number, String lastName, String firstName, String route) {
        long id(Connection db, long track) throws SQLException {
            try (var select = db.prepareStatement("select id from application where track_id = ? and platform_number = ?"
                    + " and origin = 'PLATFORM'")) {
                select.setLong(1, track);
                select.setString(2, number);
                try (ResultSet row = select.executeQuery()) {
                    assertTrue(row.next(), "imported: " + number);
                    return row.getLong(1);
                }
            }
        }
    }

    private RealStack stack;
    private long track;

    @Test
    void headImportsThePlatformsCandidatesAndTheirPdfsRanksThemAndSendsTheRankingBack(Browsers browsers) throws Exception {
        stack = RealStack.get();
        // numbers of nine digits, new at each run: the file's name carries the campaign's year, a shorter run of digits
        int base = ThreadLocalRandom.current().nextInt(100_000_000, 900_000_000);
        List<Imported> file = List.of(
                new Imported(String.valueOf(base + 1), "Marchal", "Léa", "Formation initiale"),
                new Imported(String.valueOf(base + 2), "Kaya", "Emre", "Alternance"),
                new Imported(String.valueOf(base + 3), "Thiriet", "Manon", "Formation initiale"));
        try (var db = stack.database()) {
            track = m1Track(db);
            platformRoutes(db, true);
        }
        try {
            Browser head = browsers.open();
            head.open("/plateforme").logInOnKeycloak(HEAD, HEAD_PASSWORD).awaitAppPath("/plateforme");
            assertTrue(head.text().contains("Master 1"), head.text());
            head.keepScreenshot("platform-01-hub");

            headImportsTheList(head, file);
            headImportsThePdfs(head, file, String.valueOf(base + 7));
            List<Long> ids = underReview(file);
            Browser reader = browsers.open();
            headGivesTheDossiersToAReaderWhoScoresThem(head, reader, ids);
            headMovesTheThirdFirstInCommitteeMode(head, ids.get(2));
            headDownloadsTheRankingInTheBoardsOrder(head, file, ids);
        } finally {
            try (var db = stack.database()) {
                platformRoutes(db, false);
                // the imported dossiers leave the M1 board and its places: the other journeys count its rows
                try (var update = db.prepareStatement("update application set status = 'WITHDRAWN', live_track_id = null"
                        + " where track_id = ? and origin = 'PLATFORM'")) {
                    update.setLong(1, track);
                    update.executeUpdate();
                }
                try (var delete = db.prepareStatement("delete from rank_position where track_id = ?")) {
                    delete.setLong(1, track);
                    delete.executeUpdate();
                }
            }
        }
    }

    private void headImportsTheList(Browser head, List<Imported> file) throws Exception {
        head.clickAndAwaitNextPage("a[href='/plateforme/" + track + "/import']");
        Path csv = Files.createTempFile("mon-master-candidats-", ".csv");
        StringBuilder text = new StringBuilder("Numéro candidat;Nom;Prénom;Email;Date de naissance;Dernier diplôme;Régime\n");
        for (Imported each : file) {
            text.append(String.join(";", each.number(), each.lastName(), each.firstName(),
                    each.number() + "@etu.example.org", "14/03/2001", "Licence de sociologie", each.route())).append('\n');
        }
        Files.writeString(csv, text, StandardCharsets.UTF_8);
        head.click("label[for=type-candidats]");
        head.find("#file").sendKeys(csv.toAbsolutePath().toString());
        head.keepScreenshot("platform-02-import-upload");
        head.clickAndAwaitNextPage("form[action$='/import'] button[type=submit]");

        // the columns are proposed from the platform's usual headers
        assertTrue(head.path().startsWith("/plateforme/" + track + "/import/"), head.path());
        head.keepScreenshot("platform-03-mapping");
        head.clickAndAwaitNextPage("form button[type=submit]:not([name])");
        assertTrue(head.path().endsWith("/apercu"), "the preview: " + head.path() + " " + head.text());
        String preview = head.text();
        for (Imported each : file) {
            assertTrue(preview.contains(each.lastName()), preview);
        }
        head.keepScreenshot("platform-04-preview");
        head.clickAndAwaitNextPage("form[action$='/confirmer'] button[type=submit]");
        assertEquals("/plateforme/" + track + "/import", head.path(), head.text());
        try (var db = stack.database()) {
            for (Imported each : file) {
                assertEquals("SUBMITTED", status(db, each.id(db, track)), "imported as submitted: " + each);
            }
            try (var count = db.prepareStatement("select count(*) from application where track_id = ? and origin = 'PLATFORM'"
                    + " and candidate_subject is null and platform_number in (?, ?, ?)")) {
                count.setLong(1, track);
                for (int i = 0; i < file.size(); i++) {
                    count.setString(i + 2, file.get(i).number());
                }
                try (ResultSet row = count.executeQuery()) {
                    row.next();
                    assertEquals(3, row.getInt(1), "three dossiers, with no account here");
                }
            }
        }
        head.keepScreenshot("platform-05-imported");
    }

    private void headImportsThePdfs(Browser head, List<Imported> file, String unknownNumber) throws Exception {
        head.open("/plateforme/" + track + "/pdf").awaitAppPath("/plateforme/" + track + "/pdf");
        Path zip = Files.createTempFile("mon-master-pdf-", ".zip");
        var bytes = new ByteArrayOutputStream();
        try (var out = new ZipOutputStream(bytes)) {
            for (Imported each : file) {
                entry(out, "MonMaster_2027_" + each.number() + "_" + each.lastName().toUpperCase() + ".pdf",
                        Candidates.pdf("Dossier Mon Master " + each.number(), 20_000));
            }
            entry(out, "MonMaster_2027_" + unknownNumber + "_INCONNU.pdf", Candidates.pdf("Inconnu", 20_000));
        }
        Files.write(zip, bytes.toByteArray());
        head.find("#zip").sendKeys(zip.toAbsolutePath().toString());
        head.clickAndAwaitNextPage("form[action$='/pdf'] button[type=submit]");
        String result = head.text();
        assertTrue(result.contains("4 fichier(s) lu(s) : 3 rattaché(s) à un dossier, 1 refusé(s)."), result);
        assertTrue(head.find("table").getText().contains(unknownNumber), "the unknown number is reported: " + result);
        head.keepScreenshot("platform-06-pdfs");
        try (var db = stack.database()) {
            for (Imported each : file) {
                try (var count = db.prepareStatement("select count(*) from application_document where application_id = ?")) {
                    count.setLong(1, each.id(db, track));
                    try (ResultSet row = count.executeQuery()) {
                        row.next();
                        assertEquals(1, row.getInt(1), "one PDF stored for " + each);
                    }
                }
            }
        }
    }

    /**
     * The secretariat found each dossier complete on its platform PDF and the head opened them for review
     * (CandidateJourneyIT and ReviewRankingIT walk those steps in the browser).
     */
    private List<Long> underReview(List<Imported> file) throws Exception {
        List<Long> ids = new ArrayList<>();
        try (var db = stack.database()) {
            for (Imported each : file) {
                long id = each.id(db, track);
                ids.add(id);
                try (var update = db.prepareStatement("update application set status = 'UNDER_REVIEW' where id = ?")) {
                    update.setLong(1, id);
                    update.executeUpdate();
                }
            }
        }
        return ids;
    }

    /** A reader of the team, signed in once (so that dossiers may be given to them), scores the three: best first. */
    private void headGivesTheDossiersToAReaderWhoScoresThem(Browser head, Browser reader, List<Long> ids) throws Exception {
        String email = "lectrice." + java.util.UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        stack.keycloak.createStaffUser(email, "Claire", "Plateforme-Lectrice", READER_PASSWORD, "reviewer");
        try (var db = stack.database()) {
            Readings.member(db, READER, email);
        }
        reader.open("/evaluation").logInOnKeycloak(email, READER_PASSWORD).awaitAppPath("/evaluation");

        head.open("/responsable/affectations/" + LEVEL).awaitAppPath("/responsable/affectations/" + LEVEL);
        for (long id : ids) {
            new org.openqa.selenium.support.ui.Select(head.find("#member-" + id)).getOptions().stream()
                    .filter(o -> o.getText().contains(READER)).findFirst()
                    .orElseThrow(() -> new AssertionError(READER + " is not offered for dossier " + id)).click();
            head.click("#dossier-" + id + " form.inline-add button");
            new org.openqa.selenium.support.ui.WebDriverWait(head.driver, java.time.Duration.ofSeconds(15))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d ->
                    head.all("#dossier-" + id + " td ul.plain > li").stream().anyMatch(li -> li.getText().startsWith(READER)));
        }
        int[][] levels = {{4, 4, 4, 4, 4}, {3, 3, 3, 3, 3}, {1, 1, 1, 1, 1}};
        String[] recommendations = {"ADMIT", "ADMIT", "WAITLIST"};
        for (int i = 0; i < ids.size(); i++) {
            reader.open("/evaluation/dossiers/" + ids.get(i)).awaitAppPath("/evaluation/dossiers/" + ids.get(i));
            assertTrue(reader.text().contains("Dossier Mon Master"), "the platform's PDF is the reader's piece: " + reader.text());
            Readings.fillAndSubmit(reader, levels[i], "Lecture du dossier Mon Master : projet cohérent avec le parcours.",
                    recommendations[i], i == 0 ? "platform-07a-reading" : null);
        }
    }

    private void headMovesTheThirdFirstInCommitteeMode(Browser head, long third) throws Exception {
        head.open("/classement/" + LEVEL).awaitAppPath("/classement/" + LEVEL);
        String row = head.find("#dossier-" + third).getText();
        assertTrue(row.contains("Mon Master"), "imported dossiers are marked on the board: " + row);
        head.keepScreenshot("platform-07-board");
        head.open("/dossiers/" + third + "/seance").awaitAppPath("/dossiers/" + third + "/seance");
        head.type("#to", "1").type("#reason", MOVE_REASON);
        head.clickAndAwaitNextPage("form.move button[type=submit]");
        assertTrue(head.find(".step-position").getText().startsWith("Rang 1 sur"), head.find(".step-position").getText());
    }

    private void headDownloadsTheRankingInTheBoardsOrder(Browser head, List<Imported> file, List<Long> ids) throws Exception {
        head.open("/classement/" + LEVEL).awaitAppPath("/classement/" + LEVEL);
        java.util.Map<Long, Integer> boardRanks = ids.stream().collect(Collectors.toMap(id -> id, id -> boardRank(head, id)));
        List<Long> boardOrder = ids.stream().sorted(Comparator.comparing(boardRanks::get)).toList();
        assertEquals(List.of(ids.get(2), ids.get(0), ids.get(1)), boardOrder, "the move put the third first");

        head.open("/plateforme").awaitAppPath("/plateforme");
        String href = head.find("a[href='/plateforme/" + track + "/classement.csv']").getAttribute("href");
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", head.driver.manage().getCookies().stream()
                        .map(cookie -> cookie.getName() + "=" + cookie.getValue()).collect(Collectors.joining("; ")))
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), "downloaded with the head's session: " + href);
        byte[] bytes = response.body();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3), "UTF-8 with a BOM");
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setDelimiter(';').get()
                .parse(new StringReader(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))).getRecords();
        assertEquals("Numéro de candidat Mon Master", rows.get(0).get(0), "a header: " + rows.get(0));
        // the file's lines for this run's candidates, in the file's order: the board's
        List<CSVRecord> ours = rows.stream().skip(1)
                .filter(r -> file.stream().anyMatch(f -> f.number().equals(r.get(0)))).toList();
        assertEquals(3, ours.size(), "every imported dossier of this run: " + rows);
        List<String> expected = boardOrder.stream().map(id -> file.get(ids.indexOf(id)).number()).toList();
        assertEquals(expected, ours.stream().map(r -> r.get(0)).toList(), "the ranking file follows the board");
        for (int i = 0; i < ours.size(); i++) {
            CSVRecord line = ours.get(i);
            Imported who = file.get(ids.indexOf(boardOrder.get(i)));
            assertEquals(who.lastName(), line.get(1), line.toString());
            assertEquals(who.firstName(), line.get(2), line.toString());
            assertEquals(String.valueOf(boardRanks.get(boardOrder.get(i))), line.get(4), "the board's rank: " + line);
            assertTrue(!line.get(5).isBlank(), "a proposed outcome: " + line);
        }
    }

    private static int boardRank(Browser board, long id) {
        return Integer.parseInt(board.find("#dossier-" + id + " td.rank").getText().trim());
    }

    private static void entry(ZipOutputStream out, String name, byte[] content) throws Exception {
        out.putNextEntry(new ZipEntry(name));
        out.write(content);
        out.closeEntry();
    }

    private static String status(Connection db, long id) throws SQLException {
        try (var select = db.prepareStatement("select status from application where id = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    private static long m1Track(Connection db) throws SQLException {
        try (var select = db.prepareStatement("select t.id from track t join campaign c on c.id = t.campaign_id"
                + " where t.level = ? order by c.start_year desc limit 1")) {
            select.setString(1, LEVEL);
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next(), "a current M1 track");
                return row.getLong(1);
            }
        }
    }

    /** As the admin sets it on the track's page: M1's initial and work-study routes on the platform, or none. */
    private void platformRoutes(Connection db, boolean onPlatform) throws SQLException {
        try (var delete = db.prepareStatement("delete from platform_track where track_id = ?")) {
            delete.setLong(1, track);
            delete.executeUpdate();
        }
        if (!onPlatform) {
            return;
        }
        try (var insert = db.prepareStatement("insert into platform_track (track_id) values (?)")) {
            insert.setLong(1, track);
            insert.executeUpdate();
        }
        try (var insert = db.prepareStatement("insert into platform_track_route (track_id, route) values (?, ?)")) {
            for (String route : List.of("INITIALE", "ALTERNANCE")) {
                insert.setLong(1, track);
                insert.setString(2, route);
                insert.executeUpdate();
            }
        }
    }
}
