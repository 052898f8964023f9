package fr.univlorraine.ieps.export;

import static fr.univlorraine.ieps.export.ExportFixtures.dossier;
import static fr.univlorraine.ieps.export.ExportFixtures.email;
import static fr.univlorraine.ieps.export.ExportFixtures.tag;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.univlorraine.ieps.application.ApplicationStatus;
import fr.univlorraine.ieps.application.EntryRoute;
import fr.univlorraine.ieps.campaign.Level;
import fr.univlorraine.ieps.enrolment.EnrolmentSheet;
import fr.univlorraine.ieps.enrolment.SheetFixtures;
import fr.univlorraine.ieps.export.ExportFixtures.Person;
import fr.univlorraine.ieps.review.ReviewFixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The accepted list is ready for enrolment: it carries each candidate's enrolment sheet (empty cells while it is
 * missing), in CSV and XLSX, with the formula guard; the offers still awaiting an answer come apart, as a second sheet
 * of the workbook and as their own list.
 */
@QuarkusTest
class EnrolmentExportTest {

    private static final Instant OFFERED = Instant.parse("2027-07-01T08:00:00Z");
    private static final Instant DEADLINE = Instant.parse("2027-07-10T21:59:00Z");

    @BeforeEach
    void campaign() {
        ReviewFixtures.openCampaign();
    }

    /** Every column of the accepted list, the identity numbers ticked too (they are not by default). */
    private static final String EVERY_COLUMN = ExportList.ACCEPTED.columns.stream().map(c -> "colonne=" + c.name())
            .collect(java.util.stream.Collectors.joining("&", "?", ""));

    private static byte[] download(String path) {
        Response response = given().get(path);
        assertEquals(200, response.statusCode(), response.asString());
        return response.asByteArray();
    }

    /** An accepted place with its sheet, whose birth place reads like a formula; one without; an offer pending. */
    private static Long[] places(String tag) {
        Long withSheet = dossier(Level.M2, email(tag, 1), new Person("Fichée", "Flore", null, EntryRoute.INITIALE, false),
                ApplicationStatus.ACCEPTED);
        SheetFixtures.complete(withSheet);
        QuarkusTransaction.requiringNew().run(() -> EnrolmentSheet.of(withSheet).orElseThrow().birthPlace = "=1+1");
        Long without = dossier(Level.M2, email(tag, 2), new Person("Sansfiche", "Sam", null, EntryRoute.INITIALE, false),
                ApplicationStatus.ACCEPTED);
        Long pending = dossier(Level.M2, email(tag, 3), new Person("Attente", "Aude", "0611111111", EntryRoute.CONTINUE, true),
                ApplicationStatus.ADMITTED);
        ExportFixtures.offer(pending, OFFERED, DEADLINE);
        return new Long[] {withSheet, without, pending};
    }

    @Test
    @TestSecurity(user = "sec-sheet-csv", roles = "secretariat")
    void theAcceptedCsvCarriesTheSheetAndGuardsItsText() {
        String tag = tag("sheet-csv");
        Long[] ids = places(tag);
        ExportFiles.Csv csv = ExportFiles.csv(download("/secretariat/exports/M2/admis/csv" + EVERY_COLUMN));
        List<CSVRecord> mine = csv.records().stream().filter(r -> r.get("Courriel").contains(tag)).toList();
        assertEquals(2, mine.size(), "the pending offer is not on the accepted list");
        CSVRecord sheet = mine.get(0);
        assertEquals("Fichée", sheet.get("Nom"));
        assertEquals("01/07/2027 10:30", sheet.get("Fiche d’inscription complétée le"));
        assertEquals("Monsieur", sheet.get("Civilité"));
        assertEquals("14/03/2000", sheet.get("Date de naissance"));
        assertEquals("'=1+1", sheet.get("Lieu de naissance"), "the formula guard applies to the sheet");
        assertEquals("Française", sheet.get("Nationalité"));
        assertEquals("3 place Stanislas", sheet.get("Adresse"));
        assertEquals("54000", sheet.get("Code postal"));
        assertEquals("Nancy", sheet.get("Commune"));
        assertEquals("France", sheet.get("Pays"));
        assertEquals("123456789AB", sheet.get("Numéro INE"));
        assertEquals("Licence de sociologie", sheet.get("Dernier diplôme"));
        assertEquals("Université de Lorraine", sheet.get("Établissement du dernier diplôme"));
        assertEquals("2024", sheet.get("Année du dernier diplôme"));
        CSVRecord missing = mine.get(1);
        assertEquals("Sansfiche", missing.get("Nom"));
        for (String column : List.of("Fiche d’inscription complétée le", "Civilité", "Date de naissance", "Numéro INE", "Dernier diplôme")) {
            assertEquals("", missing.get(column), "no sheet yet: " + column);
        }

        List<CSVRecord> pending = ExportFiles.csv(download("/secretariat/exports/M2/offres-en-attente/csv")).records().stream()
                .filter(r -> r.get("Courriel").contains(tag)).toList();
        assertEquals(1, pending.size(), "in CSV the pending offers are their own list");
        assertEquals(ExportFixtures.reload(ids[2]).reference, pending.get(0).get("Référence"));
        assertEquals("01/07/2027 10:00", pending.get(0).get("Offre faite le"));
        assertEquals("10/07/2027 23:59", pending.get(0).get("Date limite de réponse"));
    }

    @Test
    @TestSecurity(user = "sec-sheet-xlsx", roles = "secretariat")
    void theAcceptedWorkbookCarriesTheSheetAndThePendingOffersOnASecondSheet() throws Exception {
        String tag = tag("sheet-xlsx");
        Long[] ids = places(tag);
        try (XSSFWorkbook workbook = ExportFiles.xlsx(download("/secretariat/exports/M2/admis/xlsx" + EVERY_COLUMN))) {
            assertEquals(2, workbook.getNumberOfSheets());
            assertEquals("Admis", workbook.getSheetName(0));
            assertEquals("Offres en attente", workbook.getSheetName(1));
            List<Map<String, Cell>> mine = ExportFiles.rows(workbook).stream()
                    .filter(r -> ExportFiles.text(r.get("Courriel")).contains(tag)).toList();
            assertEquals(2, mine.size());
            Map<String, Cell> sheet = mine.get(0);
            Cell born = sheet.get("Date de naissance");
            assertEquals(CellType.NUMERIC, born.getCellType(), "a real date");
            assertTrue(DateUtil.isCellDateFormatted(born));
            assertEquals("dd/mm/yyyy", born.getCellStyle().getDataFormatString());
            assertEquals(LocalDate.of(2000, 3, 14), born.getLocalDateTimeCellValue().toLocalDate());
            assertEquals("'=1+1", sheet.get("Lieu de naissance").getStringCellValue());
            assertEquals(CellType.STRING, sheet.get("Lieu de naissance").getCellType());
            assertEquals(2024, (int) sheet.get("Année du dernier diplôme").getNumericCellValue());
            assertEquals("123456789AB", ExportFiles.text(sheet.get("Numéro INE")));
            assertNull(mine.get(1).get("Numéro INE"), "no sheet: empty cells");

            List<Map<String, Cell>> pending = ExportFiles.rows(workbook, 1).stream()
                    .filter(r -> ExportFiles.text(r.get("Courriel")).contains(tag)).toList();
            assertEquals(1, pending.size());
            assertEquals(ExportFixtures.reload(ids[2]).reference, ExportFiles.text(pending.get(0).get("Référence")));
            assertEquals("10/07/2027 23:59", ExportFiles.text(pending.get(0).get("Date limite de réponse")));
            assertEquals("oui", ExportFiles.text(pending.get(0).get("VAP")));
            var second = workbook.getSheetAt(1);
            assertTrue(second.getPaneInformation().isFreezePane(), "the second sheet's header stays in view too");
            assertTrue(second.getCTWorksheet().getAutoFilter().getRef().startsWith("A1:J"), "and has its filter");
        }
        try (XSSFWorkbook waitlist = ExportFiles.xlsx(download("/secretariat/exports/M2/liste-attente/xlsx"))) {
            assertEquals(1, waitlist.getNumberOfSheets(), "only the accepted list has the pending offers' sheet");
        }
    }
}
