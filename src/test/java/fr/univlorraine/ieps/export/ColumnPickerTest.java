package fr.univlorraine.ieps.export;

import static fr.univlorraine.ieps.export.ExportFixtures.dossier;
import static fr.univlorraine.ieps.export.ExportFixtures.email;
import static fr.univlorraine.ieps.export.ExportFixtures.tag;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.univlorraine.ieps.application.ApplicationStatus;
import fr.univlorraine.ieps.application.EntryRoute;
import fr.univlorraine.ieps.campaign.Level;
import fr.univlorraine.ieps.enrolment.SheetFixtures;
import fr.univlorraine.ieps.export.ExportFixtures.Person;
import fr.univlorraine.ieps.review.ReviewFixtures;
import fr.univlorraine.ieps.web.Screenshots;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The column picker of every list: only the columns chosen, in the list's order; an unknown column is refused with a
 * message; choices saved as presets shared by the secretariat, applied, replaced and deleted.
 */
@QuarkusTest
class ColumnPickerTest {

    private static final String PAGE = "/secretariat/exports";

    @BeforeEach
    void campaign() {
        ReviewFixtures.openCampaign();
    }

    private static RequestSpecification form() {
        return ExportFixtures.post(PAGE);
    }

    private static String ticked(String html, String slug) {
        String section = html.substring(html.indexOf("id=\"colonnes-" + slug + "\""));
        section = section.substring(0, section.indexOf("</section>"));
        Matcher m = Pattern.compile("value=\"([A-Z_]+)\" id=\"col-" + Pattern.quote(slug) + "-[A-Z_]+\"( checked)?").matcher(section);
        StringBuilder on = new StringBuilder();
        while (m.find()) {
            if (m.group(2) != null) {
                on.append(on.length() == 0 ? "" : ",").append(m.group(1));
            }
        }
        return on.toString();
    }

    @Test
    @TestSecurity(user = "sec-picker-get", roles = "secretariat")
    void onlyTheChosenColumnsInTheListsOrder() {
        String tag = tag("pick");
        Long id = dossier(Level.M1, email(tag, 1), new Person("Choix", "Chloé", null, EntryRoute.INITIALE, false), ApplicationStatus.ACCEPTED);
        SheetFixtures.complete(id);
        Response csv = given().get("/secretariat/exports/M1/admis/csv?colonne=INE&colonne=LAST_NAME&colonne=REFERENCE&colonne=INE");
        assertEquals(200, csv.statusCode(), csv.asString());
        ExportFiles.Csv file = ExportFiles.csv(csv.asByteArray());
        assertEquals(List.of("Référence", "Nom", "Numéro INE"), file.header(), "the list's order, whatever the request's, each once");
        var row = file.records().stream().filter(r -> r.get("Nom").equals("Choix")).findFirst().orElseThrow();
        assertEquals("123456789AB", row.get("Numéro INE"));
        assertEquals(3, row.size());
    }

    @Test
    @TestSecurity(user = "sec-picker-identity", roles = "secretariat")
    void theIdentityNumbersAreLeftOutUnlessTicked() throws Exception {
        String tag = tag("identity");
        Long id = dossier(Level.M1, email(tag, 1), new Person("Identité", "Inès", null, EntryRoute.INITIALE, false),
                ApplicationStatus.ACCEPTED);
        SheetFixtures.complete(id);
        List<String> identity = List.of("Numéro INE", "Date de naissance", "Lieu de naissance");

        // the page ticks every column but the identity numbers, which stay on offer
        String page = given().get(PAGE).then().statusCode(200).extract().asString();
        String ticked = ticked(page, "admis");
        for (String column : List.of("INE", "BIRTH_DATE", "BIRTH_PLACE")) {
            assertFalse(("," + ticked + ",").contains("," + column + ","), column + " ticked by default: " + ticked);
            assertTrue(page.contains("id=\"col-admis-" + column + "\""), column + " can still be ticked");
        }
        assertTrue(ticked.contains("LAST_NAME") && ticked.contains("NATIONALITY"), ticked);

        // a file downloaded without a choice carries none of them, in either format
        ExportFiles.Csv csv = ExportFiles.csv(given().get("/secretariat/exports/M1/admis/csv").then().statusCode(200)
                .extract().asByteArray());
        assertTrue(csv.header().contains("Nom") && csv.header().contains("Nationalité"), csv.header().toString());
        identity.forEach(column -> assertFalse(csv.header().contains(column), column + " in " + csv.header()));
        try (var workbook = ExportFiles.xlsx(given().get("/secretariat/exports/M1/admis/xlsx").then().statusCode(200)
                .extract().asByteArray())) {
            var mine = ExportFiles.rows(workbook).stream().filter(r -> ExportFiles.text(r.get("Courriel")).contains(tag))
                    .findFirst().orElseThrow();
            identity.forEach(column -> assertFalse(mine.containsKey(column), column + " in the workbook"));
        }

        // ticked, they are there
        ExportFiles.Csv chosen = ExportFiles.csv(form().formParam("liste", "admis").formParam("niveau", "M1")
                .formParam("format", "csv").formParam("colonne", "LAST_NAME").formParam("colonne", "BIRTH_DATE")
                .formParam("colonne", "INE").post(PAGE + "/fichier").then().statusCode(200).extract().asByteArray());
        assertEquals(List.of("Nom", "Date de naissance", "Numéro INE"), chosen.header());
        Screenshots.take("exports-identity-off", page, 2600);
    }

    @Test
    @TestSecurity(user = "sec-picker-post", roles = "secretariat")
    void thePickersFormDownloadsTheLevelAndFormatChosen() throws Exception {
        Response xlsx = form().formParam("liste", "liste-attente").formParam("niveau", "M2").formParam("format", "xlsx")
                .formParam("colonne", "PUBLISHED_RANK").formParam("colonne", "RANK").post(PAGE + "/fichier");
        assertEquals(200, xlsx.statusCode(), xlsx.asString());
        assertEquals("attachment; filename=\"ieps-2027-M2-liste-attente.xlsx\"", xlsx.header("Content-Disposition"));
        try (XSSFWorkbook workbook = ExportFiles.xlsx(xlsx.asByteArray())) {
            var header = workbook.getSheetAt(0).getRow(0);
            assertEquals(2, header.getLastCellNum());
            assertEquals("Rang actuel", header.getCell(0).getStringCellValue());
            assertEquals("Rang publié", header.getCell(1).getStringCellValue());
        }
    }

    @Test
    @TestSecurity(user = "sec-picker-unknown", roles = "secretariat")
    void anUnknownColumnIsRefusedWithAMessageAndNoFile() {
        long audits = exportAudits();
        for (String path : List.of("/secretariat/exports/M1/admis/csv?colonne=REFERENCE&colonne=PASSWORD",
                "/secretariat/exports/M1/admis/xlsx?colonne=RANK")) {
            Response refused = given().get(path);
            assertEquals(400, refused.statusCode(), path);
            assertTrue(refused.contentType().startsWith("text/html"), "a page, not a file");
            String column = path.endsWith("RANK") ? "RANK" : "PASSWORD";
            assertTrue(refused.asString().contains("La colonne « " + column + " » n’existe pas dans la liste « Admis (acceptés et inscrits) »"),
                    refused.asString());
            assertTrue(refused.asString().contains("href=\"#columns-admis\""), "the error summary links to the picker");
        }
        Response none = form().formParam("liste", "admis").formParam("niveau", "M1").formParam("format", "csv").post(PAGE + "/fichier");
        assertEquals(400, none.statusCode());
        assertTrue(none.asString().contains("Cochez au moins une colonne"), none.asString());
        Response forged = form().formParam("liste", "admis").formParam("niveau", "M1").formParam("format", "csv")
                .formParam("colonne", "REFERENCE").formParam("colonne", "lower(email)").post(PAGE + "/fichier");
        assertEquals(400, forged.statusCode());
        assertTrue(forged.asString().contains("La colonne « lower(email) » n’existe pas"), "escaped, named");
        assertTrue(ticked(forged.asString(), "admis").equals("REFERENCE"), "the columns ticked are kept");
        assertEquals(audits, exportAudits(), "nothing was downloaded");
        Response english = given().cookie("ieps-lang", "en").get("/secretariat/exports/M1/admis/csv?colonne=NOPE");
        assertTrue(english.asString().contains("The column “NOPE” does not exist in the list"), english.asString());
    }

    private static long exportAudits() {
        return QuarkusTransaction.requiringNew().call(() -> fr.univlorraine.ieps.audit.AuditEvent.count("action",
                fr.univlorraine.ieps.audit.AuditLog.EXPORT_LIST));
    }

    @Test
    @TestSecurity(user = "sec-picker-presets", roles = "secretariat")
    void aChoiceIsSavedAsAPresetAppliedReplacedAndDeleted() {
        String name = "Pour Apogée " + tag("p");
        Response saved = form().formParam("liste", "admis").formParam("nom", "  " + name + " ")
                .formParam("colonne", "REFERENCE").formParam("colonne", "LAST_NAME").formParam("colonne", "INE")
                .post(PAGE + "/modeles");
        assertEquals(303, saved.statusCode(), saved.asString());
        String location = saved.header("Location").replaceFirst("^https?://[^/]+", "").replaceFirst("#.*$", "");
        assertTrue(location.contains("ok=preset_saved&modele="), location);
        String applied = given().get(location).then().statusCode(200).extract().asString();
        assertTrue(applied.contains("Le modèle est enregistré"), "the confirmation");
        assertTrue(applied.contains("Modèle « " + name + " » appliqué"), "the preset is applied");
        assertEquals("REFERENCE,LAST_NAME,INE", ticked(applied, "admis"), "only its columns are ticked");
        assertEquals(String.join(",", ExportList.WAITLIST.columns.stream().map(Enum::name).toList()), ticked(applied, "liste-attente"),
                "the other lists keep every column");
        assertTrue(applied.contains("enregistré par"), "who saved it");
        Screenshots.take("secretariat-exports-picker", applied, 2600);
        Screenshots.take("secretariat-exports-picker-phone", applied, 390, 5200);

        Response replaced = form().formParam("liste", "admis").formParam("nom", name).formParam("colonne", "EMAIL")
                .post(PAGE + "/modeles");
        assertEquals(303, replaced.statusCode());
        List<ExportPreset> presets = QuarkusTransaction.requiringNew().call(() -> ExportPreset.<ExportPreset>list("name", name));
        assertEquals(1, presets.size(), "the same name replaces the preset");
        assertEquals(List.of(ExportColumn.EMAIL), QuarkusTransaction.requiringNew().call(
                () -> ExportPreset.<ExportPreset>findById(presets.get(0).id).columns()));

        Response deleted = form().post(PAGE + "/modeles/" + presets.get(0).id + "/supprimer");
        assertEquals(303, deleted.statusCode());
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> ExportPreset.count("name", name)));
        given().get(PAGE + "?modele=" + presets.get(0).id).then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "sec-picker-bad-preset", roles = "secretariat")
    void aPresetWithoutNameOrColumnsIsRefusedWithTheChoiceKept() {
        long before = QuarkusTransaction.requiringNew().call(() -> ExportPreset.count());
        Response unnamed = form().formParam("liste", "candidatures").formParam("nom", "   ").formParam("colonne", "STATUS")
                .formParam("colonne", "EMAIL").post(PAGE + "/modeles");
        assertEquals(400, unnamed.statusCode());
        String html = unnamed.asString();
        assertTrue(html.contains("href=\"#presetName-candidatures\""), "the summary links to the name");
        assertEquals("EMAIL,STATUS", ticked(html, "candidatures"), "the ticks are kept");
        Response nothing = form().formParam("liste", "candidatures").formParam("nom", "Vide").post(PAGE + "/modeles");
        assertEquals(400, nothing.statusCode());
        assertTrue(nothing.asString().contains("Cochez au moins une colonne"));
        assertTrue(nothing.asString().contains("value=\"Vide\""), "the name typed is kept");
        assertEquals(before, (long) QuarkusTransaction.requiringNew().call(() -> ExportPreset.count()), "nothing saved");
        assertFalse(html.contains("NOT_FOUND"));
    }
}
