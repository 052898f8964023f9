package fr.univlorraine.ieps.platform;

import static fr.univlorraine.ieps.decision.DecisionFixtures.*;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.*;

import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.audit.AuditEvent;
import fr.univlorraine.ieps.campaign.Campaign;
import fr.univlorraine.ieps.campaign.Level;
import fr.univlorraine.ieps.campaign.Track;
import fr.univlorraine.ieps.decision.DecisionKind;
import fr.univlorraine.ieps.decision.DecisionService;
import fr.univlorraine.ieps.decision.DecisionService.Choice;
import fr.univlorraine.ieps.kernel.Actor;
import fr.univlorraine.ieps.kernel.ActorRef;
import fr.univlorraine.ieps.ranking.BoardRow;
import fr.univlorraine.ieps.ranking.RankingService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The ranking carried back to the national platform: parsed back, the CSV and the XLSX both equal the board (its
 * platform dossiers in its order, their ranks, the outcomes the heads proposed), in French, safe from formulas.
 */
@QuarkusTest
class RankingExportResourceTest {

    static final String HEAD_USER = "head-platform-export";
    static final ActorRef HEAD = new ActorRef(HEAD_USER, "Responsable Export", Actor.HEAD);
    static final List<String> HEADER = List.of("Numéro de candidat Mon Master", "Nom", "Prénoms", "Rang",
            "Rang au classement de la commission", "Avis proposé", "Rang en liste d’attente", "Motif du refus");

    @Inject
    RankingService ranking;

    @Inject
    DecisionService decisions;

    Campaign campaign;
    Track track;
    List<Long> platform;
    List<Long> local;

    @BeforeEach
    void setUp() {
        clock();
        campaign = campaign(2, 2);
        track = track(campaign, Level.M1);
        PlatformFixtures.onPlatform(track);
        String prefix = "MMX" + campaign.startYear;
        // board order by reference: a local dossier, five from the platform, a local one
        local = new ArrayList<>(underReview(track, prefix + "-local-a", 1));
        platform = PlatformFixtures.imported(track, prefix, 5);
        local.addAll(underReview(track, prefix + "-local-b", 1));
        QuarkusTransaction.requiringNew().run(() -> {
            // a name that a spreadsheet would run as a formula
            Application a = Application.findById(platform.get(4));
            a.lastName = "=HYPERLINK(\"http://x\")";
        });
        // the heads move the last platform dossier to the top, then save the proposal with one change
        ranking.move(reload(track), platform.get(4), 6, 1, "Projet remarquable", HEAD);
        Long motive = firstMotive().id;
        List<Choice> choices = new ArrayList<>();
        for (DecisionService.Row row : decisions.prepare(reload(track), false).rows()) {
            DecisionKind kind = row.board().applicationId().equals(platform.get(1)) ? DecisionKind.REJECT : row.chosen();
            choices.add(new Choice(row.board().applicationId(), kind, kind == DecisionKind.REJECT ? motive : null,
                    kind == DecisionKind.REJECT ? "Projet hors champ" : null, row.version()));
        }
        assertTrue(decisions.save(reload(track), choices, HEAD).isEmpty());
    }

    @AfterEach
    void tearDown() {
        retire(campaign);
    }

    /** What the file must say, read from the board and the decisions page: one line per platform dossier. */
    List<List<String>> expected() {
        Track t = reload(track);
        List<BoardRow> board = ranking.wholeBoard(t).rows();
        List<DecisionService.Row> rows = decisions.prepare(t, false).rows();
        String motive = firstMotive().label("fr") + " – Projet hors champ";
        List<List<String>> lines = new ArrayList<>();
        int waitlist = 0;
        for (int i = 0; i < board.size(); i++) {
            BoardRow b = board.get(i);
            if (!b.platform()) {
                continue;
            }
            DecisionKind kind = rows.get(i).chosen();
            Application a = application(b.applicationId());
            String word = switch (kind) {
                case ADMIT -> "Admis";
                case WAITLIST -> "Liste d’attente";
                case REJECT -> "Refus";
            };
            lines.add(List.of(a.platformNumber, a.lastName.startsWith("=") ? "'" + a.lastName : a.lastName, a.firstName,
                    Integer.toString(lines.size() + 1), Integer.toString(b.rank()), word,
                    kind == DecisionKind.WAITLIST ? Integer.toString(++waitlist) : "",
                    kind == DecisionKind.REJECT ? motive : ""));
        }
        return lines;
    }

    @Test
    @TestSecurity(user = HEAD_USER, roles = "head")
    void theCsvParsedBackEqualsTheBoard() throws IOException {
        byte[] bytes = given().get("/plateforme/" + track.id + "/classement.csv").then().statusCode(200)
                .header("Content-Type", org.hamcrest.Matchers.startsWith("text/csv"))
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("classement-monmaster.csv"))
                .extract().asByteArray();
        assertEquals((byte) 0xEF, bytes[0], "UTF-8 byte order mark, for French Excel");
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<List<String>> lines = new ArrayList<>();
        List<String> header;
        try (CSVParser parser = CSVFormat.EXCEL.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text))) {
            header = parser.getHeaderNames();
            for (CSVRecord r : parser.getRecords()) {
                lines.add(r.toList());
            }
        }
        assertEquals(HEADER, header);
        List<List<String>> expected = expected();
        assertEquals(5, expected.size(), "the platform's five dossiers, not the two local ones");
        assertEquals(expected, lines);
        // the heads' move shows: the dossier they put first is first, at rank 1, and admitted
        assertEquals(List.of("MMX" + campaign.startYear + "-4", "'=HYPERLINK(\"http://x\")", "Élise Marie", "1", "1",
                "Admis", "", ""), lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.get(5).equals("Refus") && !l.get(7).isEmpty()), "a refusal with its motive");
        assertTrue(lines.stream().anyMatch(l -> l.get(5).equals("Liste d’attente") && l.get(6).equals("1")),
                "the waiting list numbered from 1");
        assertEquals(1, QuarkusTransaction.requiringNew().call(() -> AuditEvent.count("action = ?1 and actorSubject = ?2",
                RankingExportResource.AUDIT_ACTION, HEAD_USER)));
    }

    @Test
    @TestSecurity(user = HEAD_USER, roles = "head")
    void theWorkbookParsedBackEqualsTheBoard() throws IOException {
        byte[] bytes = given().get("/plateforme/" + track.id + "/classement.xlsx").then().statusCode(200)
                .extract().asByteArray();
        List<List<String>> lines = new ArrayList<>();
        List<String> header = new ArrayList<>();
        var formatter = new DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("Classement", sheet.getSheetName());
            sheet.getRow(0).forEach(c -> header.add(formatter.formatCellValue(c)));
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < header.size(); c++) {
                    cells.add(row.getCell(c) == null ? "" : formatter.formatCellValue(row.getCell(c)));
                }
                lines.add(cells);
            }
        }
        assertEquals(HEADER, header);
        assertEquals(expected(), lines);
    }

    @Test
    @TestSecurity(user = HEAD_USER, roles = "head")
    void theBoardRanksThePlatformDossiersWithTheOthersAndMarksThem() {
        String html = given().get("/classement/M1").then().statusCode(200).extract().asString();
        assertEquals(5, html.split("<span class=\"flag platform\">Mon Master</span>", -1).length - 1);
        assertTrue(html.contains("id=\"dossier-" + local.get(0) + "\""), "the local dossiers are on the board too");
        fr.univlorraine.ieps.web.Screenshots.take("plateforme-classement", html, 1400);
        fr.univlorraine.ieps.web.Screenshots.takePhone("plateforme-classement-phone", html, 2400);
        String decisionsPage = given().get("/responsable/decisions/M1").then().statusCode(200).extract().asString();
        assertEquals(5, decisionsPage.split("<span class=\"flag platform\">Mon Master</span>", -1).length - 1);
        assertTrue(decisionsPage.contains("5 dossier(s) marqué(s) Mon Master : leur décision se prend sur la plateforme."));
        fr.univlorraine.ieps.web.Screenshots.take("plateforme-decisions", decisionsPage, 1600);
    }

    @Test
    @TestSecurity(user = HEAD_USER, roles = "head")
    void aTrackNotOnThePlatformHasNoSuchFile() {
        Track m2 = track(campaign, Level.M2);
        given().get("/plateforme/" + m2.id + "/classement.csv").then().statusCode(404);
        given().get("/plateforme/" + track.id + "/classement.pdf").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "secretariat-platform-export", roles = "secretariat")
    void theSecretariatCannotDownloadTheRanking() {
        given().get("/plateforme/" + track.id + "/classement.csv").then().statusCode(403);
    }
}
