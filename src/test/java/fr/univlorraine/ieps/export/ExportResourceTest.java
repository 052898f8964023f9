package fr.univlorraine.ieps.export;

import static fr.univlorraine.ieps.export.ExportFixtures.dossier;
import static fr.univlorraine.ieps.export.ExportFixtures.email;
import static fr.univlorraine.ieps.export.ExportFixtures.tag;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.application.ApplicationEvent;
import fr.univlorraine.ieps.application.ApplicationStatus;
import fr.univlorraine.ieps.application.EntryRoute;
import fr.univlorraine.ieps.application.Transition;
import fr.univlorraine.ieps.audit.AuditEvent;
import fr.univlorraine.ieps.audit.AuditLog;
import fr.univlorraine.ieps.campaign.Level;
import fr.univlorraine.ieps.campaign.MutableClock;
import fr.univlorraine.ieps.decision.Decision;
import fr.univlorraine.ieps.export.ExportFixtures.Person;
import fr.univlorraine.ieps.kernel.Actor;
import fr.univlorraine.ieps.kernel.ActorRef;
import fr.univlorraine.ieps.kernel.AppClock;
import fr.univlorraine.ieps.review.ReviewFixtures;
import fr.univlorraine.ieps.web.Screenshots;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The secretariat exports the lists of a track: read back and compared with the database, row by row. */
@QuarkusTest
class ExportResourceTest {

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    MutableClock clock;

    @BeforeEach
    void campaign() {
        clock = ReviewFixtures.openCampaign();
    }

    private static byte[] download(String path) {
        Response response = given().get(path);
        assertEquals(200, response.statusCode(), response.asString());
        return response.asByteArray();
    }

    private static long count(Level level, ApplicationStatus... statuses) {
        return QuarkusTransaction.requiringNew().call(() -> Application.count("track.id = ?1 and status in ?2",
                ReviewFixtures.track(level).id, List.of(statuses)));
    }

    private static Instant accepted(Long id) {
        return QuarkusTransaction.requiringNew().call(() -> ApplicationEvent.<ApplicationEvent>find(
                "application.id = ?1 and transition = ?2", id, Transition.ACCEPT).firstResult().occurredAt);
    }

    private static String paris(Instant instant) {
        return FRENCH_DATE.format(instant.atZone(AppClock.PARIS));
    }

    @Test
    @TestSecurity(user = "sec-export-csv", roles = "secretariat")
    void theAcceptedListInCsvIsTheDatabasesRowByRowForFrenchExcel() {
        String tag = tag("acc");
        Long enrolled = dossier(Level.M1, email(tag, 1), new Person("Zimmer", "Léa", "06 11 22 33 44", EntryRoute.CONTINUE, true),
                ApplicationStatus.ENROLLED);
        clock.advance(Duration.ofHours(3));
        Long accepted = dossier(Level.M1, email(tag, 2), new Person("Becker", "Émile", "+33 6 98 76 54 32", EntryRoute.ALTERNANCE,
                false), ApplicationStatus.ACCEPTED);
        dossier(Level.M1, email(tag, 3), new Person("Adam", "Ana", "0600000000", EntryRoute.INITIALE, false), ApplicationStatus.ADMITTED);
        dossier(Level.M1, email(tag, 4), new Person("Adler", "Ali", "0600000001", EntryRoute.INITIALE, false), ApplicationStatus.WAITLISTED);

        Response response = given().get("/secretariat/exports/M1/admis/csv");
        assertEquals(200, response.statusCode());
        assertTrue(response.contentType().startsWith("text/csv"), response.contentType());
        assertEquals("attachment; filename=\"ieps-2027-M1-admis.csv\"", response.header("Content-Disposition"));
        byte[] bytes = response.asByteArray();
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFRéférence;Niveau;Nom;Prénom;Courriel;Téléphone;Voie d’accès;VAP;État;Date d’acceptation;Inscrit·e;"
                + "Fiche d’inscription complétée le;Civilité;Nationalité;Adresse;Code postal;"
                + "Commune;Pays;Dernier diplôme;Établissement du dernier diplôme;Année du dernier diplôme\r\n"),
                text.substring(0, Math.min(200, text.length())));
        assertFalse(text.replace("\r\n", "").contains("\n"), "every line ends with CRLF");

        ExportFiles.Csv csv = ExportFiles.csv(bytes);
        assertEquals(count(Level.M1, ApplicationStatus.ACCEPTED, ApplicationStatus.ENROLLED), csv.records().size(),
                "one line per accepted or enrolled dossier of the track");
        List<CSVRecord> mine = csv.records().stream().filter(r -> r.get("Courriel").contains(tag)).toList();
        assertEquals(2, mine.size(), "the admitted and the waitlisted are not on the list");
        // by last name: Becker, then Zimmer
        assertRow(mine.get(0), ExportFixtures.reload(accepted), "non", accepted(accepted), "Acceptée", "'+33 6 98 76 54 32");
        assertRow(mine.get(1), ExportFixtures.reload(enrolled), "oui", accepted(enrolled), "Inscrit·e", "06 11 22 33 44");
        assertEquals("oui", mine.get(1).get("VAP"));
        assertEquals("Formation continue", mine.get(1).get("Voie d’accès"));
        assertEquals("Alternance", mine.get(0).get("Voie d’accès"));
    }

    private static void assertRow(CSVRecord row, Application app, String enrolled, Instant acceptedAt, String status, String phone) {
        assertEquals(app.reference, row.get("Référence"));
        assertEquals("Master 1", row.get("Niveau"));
        assertEquals(app.lastName, row.get("Nom"));
        assertEquals(app.firstName, row.get("Prénom"));
        assertEquals(app.email, row.get("Courriel"));
        assertEquals(phone, row.get("Téléphone"), "a phone number in international form starts with + and is quoted");
        assertEquals(status, row.get("État"));
        assertEquals(paris(acceptedAt), row.get("Date d’acceptation"));
        assertEquals(enrolled, row.get("Inscrit·e"));
    }

    @Test
    @TestSecurity(user = "sec-export-wait", roles = "secretariat")
    void theWaitingListFollowsTheCurrentRankInXlsx() throws Exception {
        String tag = tag("wait");
        Long first = dossier(Level.M2, email(tag, 1), new Person("Premier", "Paul", null, EntryRoute.INITIALE, false), ApplicationStatus.WAITLISTED);
        Long second = dossier(Level.M2, email(tag, 2), new Person("Second", "Sara", null, EntryRoute.CONTINUE, true), ApplicationStatus.WAITLISTED);
        Long third = dossier(Level.M2, email(tag, 3), new Person("Troisième", "Tom", null, EntryRoute.ALTERNANCE, false), ApplicationStatus.WAITLISTED);
        // the first leaves the list: the others move up one place, their published rank stays
        QuarkusTransaction.requiringNew().run(() -> io.quarkus.arc.Arc.container()
                .instance(fr.univlorraine.ieps.application.ApplicationService.class).get()
                .transition(Application.findById(first), Transition.WITHDRAW,
                        new ActorRef(
                                Application.<Application>findById(first).candidateSubject, "Paul", Actor.CANDIDATE),
                        null));

        Response response = given().get("/secretariat/exports/M2/liste-attente/xlsx");
        assertEquals("attachment; filename=\"ieps-2027-M2-liste-attente.xlsx\"", response.header("Content-Disposition"));
        try (XSSFWorkbook workbook = ExportFiles.xlsx(response.asByteArray())) {
            assertEquals("Liste d’attente", workbook.getSheetName(0));
            List<Map<String, Cell>> rows = ExportFiles.rows(workbook);
            assertEquals(count(Level.M2, ApplicationStatus.WAITLISTED), rows.size());
            for (int i = 0; i < rows.size(); i++) {
                assertEquals(i + 1, (int) rows.get(i).get("Rang actuel").getNumericCellValue(), "ranks follow one another");
            }
            List<Map<String, Cell>> mine = rows.stream().filter(r -> ExportFiles.text(r.get("Courriel")).contains(tag)).toList();
            assertEquals(2, mine.size(), "the withdrawn candidate left the list");
            for (var entry : List.of(Map.entry(mine.get(0), second), Map.entry(mine.get(1), third))) {
                Application app = ExportFixtures.reload(entry.getValue());
                int published = QuarkusTransaction.requiringNew().call(() -> Decision.of(entry.getValue()).orElseThrow().waitlistRank);
                long ahead = QuarkusTransaction.requiringNew().call(() -> Decision.count(
                        "application.track.id = ?1 and application.status = ?2 and waitlistRank < ?3", app.track.id,
                        ApplicationStatus.WAITLISTED, published));
                Map<String, Cell> row = entry.getKey();
                assertEquals(ahead + 1, (long) row.get("Rang actuel").getNumericCellValue(), "1 + those waitlisted before");
                assertEquals(published, (int) row.get("Rang publié").getNumericCellValue());
                assertEquals(app.reference, ExportFiles.text(row.get("Référence")));
                assertEquals(app.lastName, ExportFiles.text(row.get("Nom")));
                assertEquals(app.firstName, ExportFiles.text(row.get("Prénom")));
            }
            assertEquals("oui", ExportFiles.text(mine.get(0).get("VAP")));
            assertEquals("Formation continue", ExportFiles.text(mine.get(0).get("Voie d’accès")));
            int ahead = (int) mine.get(0).get("Rang actuel").getNumericCellValue();
            assertEquals(ahead + 1, (int) mine.get(1).get("Rang actuel").getNumericCellValue());
        }
    }

    @Test
    @TestSecurity(user = "sec-export-all", roles = "secretariat")
    void allApplicationsInXlsxHaveRealDatesABoldFrozenHeaderAndAFilter() throws Exception {
        String tag = tag("all");
        Long draft = dossier(Level.M2, email(tag, 1), new Person("Brouillon", "Bea", null, EntryRoute.INITIALE, false), ApplicationStatus.DRAFT);
        Long rejected = dossier(Level.M2, email(tag, 2), new Person("Refus", "Rémi", null, EntryRoute.INITIALE, false), ApplicationStatus.REJECTED);
        Long review = dossier(Level.M2, email(tag, 3), new Person("Examen", "Eva", null, EntryRoute.INITIALE, false), ApplicationStatus.UNDER_REVIEW);
        Long funded = dossier(Level.M2, email(tag, 4), new Person("Financé", "Fanny", null, EntryRoute.CONTINUE, false), ApplicationStatus.DRAFT);
        QuarkusTransaction.requiringNew().run(() -> {
            Application app = Application.findById(funded);
            app.funding = fr.univlorraine.ieps.application.Funding.OTHER;
            app.fundingOther = "Région Grand Est";
        });

        long temporaryBefore = sxssfTemporaryFiles();
        byte[] bytes = download("/secretariat/exports/M2/candidatures/xlsx");
        assertEquals(temporaryBefore, sxssfTemporaryFiles(), "the streamed workbook's temporary file is deleted");
        try (XSSFWorkbook workbook = ExportFiles.xlsx(bytes)) {
            var sheet = workbook.getSheetAt(0);
            assertEquals("Candidatures", sheet.getSheetName());
            assertTrue(sheet.getPaneInformation().isFreezePane());
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitTopRow(), "the header row stays in view");
            var header = sheet.getRow(0);
            assertEquals(List.of("Référence", "Nom", "Prénom", "Courriel", "Voie d’accès", "VAP", "Financement", "État",
                    "Déposée le", "Dernier changement"), java.util.stream.IntStream.range(0, header.getLastCellNum())
                    .mapToObj(c -> header.getCell(c).getStringCellValue()).toList());
            assertTrue(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold(), "bold header");
            assertEquals("A1:J" + (sheet.getLastRowNum() + 1), sheet.getCTWorksheet().getAutoFilter().getRef());
            assertTrue(sheet.getColumnWidth(3) >= 30 * 256, "the e-mail column is wide enough");

            List<Map<String, Cell>> rows = ExportFiles.rows(workbook);
            long all = QuarkusTransaction.requiringNew().call(() -> Application.count("track.id", ReviewFixtures.track(Level.M2).id));
            assertEquals(all, rows.size(), "every application of the track, drafts included");
            Map<String, Map<String, Cell>> mine = new java.util.HashMap<>();
            rows.stream().filter(r -> ExportFiles.text(r.get("Courriel")).contains(tag))
                    .forEach(r -> mine.put(ExportFiles.text(r.get("Nom")), r));
            assertEquals(4, mine.size());
            assertEquals("Autre financement – Région Grand Est", ExportFiles.text(mine.get("Financé").get("Financement")),
                    "continuing education's funding, with the candidate's words");
            assertEquals(null, mine.get("Brouillon").get("Financement"), "no funding on the other routes");
            assertEquals("—", ExportFiles.text(mine.get("Brouillon").get("Référence")), "a draft has no reference yet");
            assertEquals("Brouillon", ExportFiles.text(mine.get("Brouillon").get("État")));
            assertEquals(null, mine.get("Brouillon").get("Déposée le"), "not submitted: no date");
            assertEquals("Non retenue", ExportFiles.text(mine.get("Refus").get("État")));
            assertEquals("En cours d’examen", ExportFiles.text(mine.get("Examen").get("État")));
            for (var entry : Map.of("Refus", rejected, "Examen", review, "Brouillon", draft).entrySet()) {
                Application app = ExportFixtures.reload(entry.getValue());
                Map<String, Cell> row = mine.get(entry.getKey());
                assertEquals(app.reference == null ? "—" : app.reference, ExportFiles.text(row.get("Référence")));
                assertEquals(app.firstName, ExportFiles.text(row.get("Prénom")));
                assertEquals(app.email, ExportFiles.text(row.get("Courriel")));
                assertEquals("Formation initiale", ExportFiles.text(row.get("Voie d’accès")));
                assertEquals("non", ExportFiles.text(row.get("VAP")));
                assertDate(app.updatedAt, row.get("Dernier changement"));
                if (app.submittedAt != null) {
                    assertDate(app.submittedAt, row.get("Déposée le"));
                }
            }
        }
    }

    /** POI's streamed sheets go to temporary files in java.io.tmpdir/poifiles (this JVM is the app's). */
    private static long sxssfTemporaryFiles() throws java.io.IOException {
        java.nio.file.Path dir = java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "poifiles");
        if (!java.nio.file.Files.isDirectory(dir)) {
            return 0;
        }
        try (var files = java.nio.file.Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith("poi-sxssf-sheet")).count();
        }
    }

    private static void assertDate(Instant expected, Cell cell) {
        assertEquals(CellType.NUMERIC, cell.getCellType(), "a real date, not text");
        assertTrue(DateUtil.isCellDateFormatted(cell), "shown as a date");
        assertEquals("dd/mm/yyyy hh:mm", cell.getCellStyle().getDataFormatString());
        LocalDateTime paris = expected.atZone(AppClock.PARIS).toLocalDateTime().truncatedTo(ChronoUnit.SECONDS);
        assertEquals(paris, cell.getLocalDateTimeCellValue().truncatedTo(ChronoUnit.SECONDS));
    }

    @Test
    @TestSecurity(user = "sec-export-evil", roles = "secretariat")
    void textThatLooksLikeAFormulaIsNeutralisedInBothFormats() throws Exception {
        String tag = tag("evil");
        dossier(Level.M1, email(tag, 1), new Person("=HYPERLINK(\"http://evil\")", "+1", "-2", EntryRoute.INITIALE, false),
                ApplicationStatus.ACCEPTED);
        dossier(Level.M1, email(tag, 2), new Person("@SUM(A1)", "-2", "+1", EntryRoute.INITIALE, false), ApplicationStatus.ACCEPTED);

        List<CSVRecord> csv = ExportFiles.csv(download("/secretariat/exports/M1/admis/csv")).records().stream()
                .filter(r -> r.get("Courriel").contains(tag)).toList();
        assertEquals(List.of("'=HYPERLINK(\"http://evil\")", "'@SUM(A1)"), csv.stream().map(r -> r.get("Nom")).sorted().toList());
        assertEquals(List.of("'+1", "'-2"), csv.stream().map(r -> r.get("Prénom")).sorted().toList());
        assertEquals(List.of("'+1", "'-2"), csv.stream().map(r -> r.get("Téléphone")).sorted().toList());

        try (XSSFWorkbook workbook = ExportFiles.xlsx(download("/secretariat/exports/M1/admis/xlsx"))) {
            for (var row : workbook.getSheetAt(0)) {
                for (Cell cell : row) {
                    assertNotEquals(CellType.FORMULA, cell.getCellType(), "no formula anywhere: " + cell.getAddress());
                }
            }
            List<Map<String, Cell>> mine = ExportFiles.rows(workbook).stream()
                    .filter(r -> ExportFiles.text(r.get("Courriel")).contains(tag)).toList();
            assertEquals(2, mine.size());
            for (Map<String, Cell> row : mine) {
                for (String column : List.of("Nom", "Prénom", "Téléphone")) {
                    Cell cell = row.get(column);
                    assertEquals(CellType.STRING, cell.getCellType());
                    assertTrue(cell.getStringCellValue().startsWith("'"), column + ": " + cell.getStringCellValue());
                }
            }
        }
    }

    @Test
    @TestSecurity(user = "sec-export-en", roles = "secretariat")
    void theFileFollowsTheLanguageOfThePerson() {
        String tag = tag("eng");
        Long id = dossier(Level.M1, email(tag, 1), new Person("Smith", "Jane", null, EntryRoute.INITIALE, false), ApplicationStatus.ENROLLED);
        byte[] bytes = given().cookie("ieps-lang", "en").get("/secretariat/exports/M1/admis/csv").asByteArray();
        ExportFiles.Csv csv = ExportFiles.csv(bytes);
        assertEquals(List.of("Reference", "Level", "Last name", "First name", "E-mail", "Phone", "Entry route", "VAP", "Status",
                "Accepted on", "Enrolled", "Enrolment form completed on", "Title", "Nationality", "Address", "Postcode", "Town",
                "Country", "Last degree", "Institution of the last degree", "Year of the last degree"), csv.header(),
                "the identity numbers only when ticked");
        CSVRecord row = csv.records().stream().filter(r -> r.get("E-mail").contains(tag)).findFirst().orElseThrow();
        assertEquals("Enrolled", row.get("Status"));
        assertEquals("yes", row.get("Enrolled"));
        assertEquals("Initial education", row.get("Entry route"));
        assertEquals(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(accepted(id).atZone(AppClock.PARIS)),
                row.get("Accepted on"));
    }

    @Test
    @TestSecurity(user = "sec-export-audit", roles = "secretariat")
    void everyDownloadIsAudited() {
        long before = QuarkusTransaction.requiringNew().call(() -> AuditEvent.count("action = ?1 and actorSubject = ?2",
                AuditLog.EXPORT_LIST, "sec-export-audit"));
        download("/secretariat/exports/M2/admis/xlsx");
        download("/secretariat/exports/M1/candidatures/csv");
        List<AuditEvent> events = QuarkusTransaction.requiringNew().call(() -> AuditEvent.<AuditEvent>list(
                "action = ?1 and actorSubject = ?2 order by id", AuditLog.EXPORT_LIST, "sec-export-audit"));
        assertEquals(before + 2, events.size());
        assertEquals("ieps-2027-M2-admis.xlsx", events.get(events.size() - 2).detail);
        assertEquals("ieps-2027-M1-candidatures.csv", events.get(events.size() - 1).detail);
        assertEquals("secretariat", events.get(events.size() - 1).actorRoles);
    }

    @Test
    @TestSecurity(user = "sec-export-bad", roles = "secretariat")
    void anUnknownTrackListOrFormatIsNotFound() {
        given().get("/secretariat/exports/M3/admis/csv").then().statusCode(404);
        given().get("/secretariat/exports/M1/tous/csv").then().statusCode(404);
        given().get("/secretariat/exports/M1/admis/pdf").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "sec-export-page", roles = "secretariat")
    void thePageGivesEachTracksCountsAndLinks() {
        dossier(Level.M1, email(tag("page"), 1), new Person("Page", "Pia", null, EntryRoute.INITIALE, false), ApplicationStatus.ACCEPTED);
        String html = given().get("/secretariat/exports").then().statusCode(200)
                .body(containsString("Listes à exporter"), containsString("<caption>Listes du Master 1</caption>"),
                        containsString("points-virgules"), containsString("href=\"/secretariat/exports\" aria-current=\"page\""))
                .extract().asString();
        for (String level : List.of("M1", "M2")) {
            for (String list : List.of("admis", "liste-attente", "candidatures")) {
                for (String format : List.of("csv", "xlsx")) {
                    assertTrue(html.contains("href=\"/secretariat/exports/" + level + "/" + list + "/" + format + "\""),
                            level + " " + list + " " + format);
                }
            }
        }
        long accepted = count(Level.M1, ApplicationStatus.ACCEPTED, ApplicationStatus.ENROLLED);
        var m1 = html.substring(html.indexOf("id=\"exports-M1\""), html.indexOf("id=\"exports-M2\""));
        assertTrue(java.util.regex.Pattern.compile("Admis \\(acceptés et inscrits\\)</th>\\s*<td class=\"num\">" + accepted + "</td>")
                .matcher(m1).find(), "the M1 count is the database's: " + accepted);
        Screenshots.take("secretariat-exports", html, 1100);
        String english = given().cookie("ieps-lang", "en").get("/secretariat/exports").then().statusCode(200).extract().asString();
        assertTrue(english.contains("Lists to export") && english.contains("Waiting list"));
    }
}
