package fr.univlorraine.ieps.privacy;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.univlorraine.ieps.application.DataCategory;
import fr.univlorraine.ieps.campaign.Campaign;
import fr.univlorraine.ieps.campaign.DemoData;
import fr.univlorraine.ieps.campaign.Retention;
import fr.univlorraine.ieps.documents.DocumentType;
import fr.univlorraine.ieps.kernel.PrivacyConfig;
import fr.univlorraine.ieps.security.Roles;
import fr.univlorraine.ieps.web.Screenshots;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The records of processing are drawn from what the app runs with: the retention rules as each campaign stores them
 * (a change shows at once, on the page and in its PDF), every category of data with the fields that collect it, every
 * role of the realm as a recipient, the controller and the DPO from the configuration.
 */
@QuarkusTest
class RecordsResourceTest {

    @Inject
    PrivacyConfig privacy;

    @Test
    @TestSecurity(user = "records-dpo", roles = "dpo")
    void theRetentionRulesShownAreTheCampaignsAsStoredOnThePageAndInThePdf() throws IOException {
        Campaign campaign = latestCampaign();
        Retention before = retention(campaign.id, 41, 17, 9, 23);
        try {
            String row = row(given().get("/dpo/registre").then().statusCode(200).extract().asString(),
                    "retention-" + campaign.code);
            assertTrue(row.contains("41 jours après la clôture de la formation"), row);
            assertTrue(row.contains("17 mois après la fin du délai de recours"), row);
            assertTrue(row.contains("9 mois après la fin du délai de recours"), row);
            assertTrue(row.contains("supprimées 23 jours après la confirmation de l’inscription"), row);

            retention(campaign.id, 43, 18, 10, 24);
            String changed = row(given().get("/dpo/registre").then().statusCode(200).extract().asString(),
                    "retention-" + campaign.code);
            assertTrue(changed.contains("43 jours après la clôture"), changed);
            assertTrue(changed.contains("18 mois après"), changed);
            assertFalse(changed.contains("41 jours"), "the page shows the rule in force, not an old one: " + changed);

            String pdf = pdfText(given().get("/dpo/registre.pdf").then().statusCode(200)
                    .contentType("application/pdf").extract().asByteArray());
            assertTrue(pdf.contains("Registre des activités de traitement"), pdf);
            assertTrue(pdf.contains(campaign.code), pdf);
            assertTrue(pdf.contains("43 jours après la clôture"), pdf);
            assertTrue(pdf.contains("18 mois après la fin du délai de recours"), pdf);
            assertFalse(pdf.contains("41 jours"), pdf);
        } finally {
            retention(campaign.id, before.draftDays, before.notAdmittedMonths, before.withdrawnMonths, before.enrolledDays);
        }
    }

    @Test
    @TestSecurity(user = "records-dpo", roles = "dpo")
    void everyCategoryOfDataAndEveryRoleIsThereWithTheConfiguredController() throws IOException {
        latestCampaign();
        String page = given().get("/dpo/registre").then().statusCode(200).extract().asString();
        byte[] printed = given().get("/dpo/registre.pdf").then().statusCode(200).extract().asByteArray();
        if (Screenshots.enabled()) {
            java.nio.file.Files.write(java.nio.file.Path.of("target/screens/dpo-registre.pdf"), printed);
        }
        String pdf = pdfText(printed);
        for (DataCategory category : DataCategory.values()) {
            assertTrue(page.contains("id=\"category-" + category + "\""), category.name());
            assertTrue(row(page, "category-" + category).contains(category.text("fr")), category.name());
            assertTrue(pdf.contains(category.text("fr")), category.name());
        }
        // the fields behind the categories: the form's, the enrolment sheet's, the checklist's document types
        assertTrue(row(page, "category-CONTACT").contains("Formulaire de candidature : Adresse électronique"),
                row(page, "category-CONTACT"));
        assertTrue(row(page, "category-IDENTIFIERS").contains("Fiche d’inscription : Numéro INE"),
                row(page, "category-IDENTIFIERS"));
        String documents = row(page, "category-DOCUMENTS");
        for (String type : QuarkusTransaction.requiringNew().call(() -> DocumentType.ordered().stream()
                .map(t -> t.label("fr")).toList())) {
            assertTrue(documents.contains(type), type + " in " + documents);
        }
        for (RecordsRole role : RecordsRole.values()) {
            assertTrue(page.contains("id=\"role-" + role.role + "\""), role.name());
        }
        assertTrue(row(page, "role-reviewer").contains("jamais ses coordonnées"), row(page, "role-reviewer"));
        assertTrue(page.contains(privacy.controller()) && pdf.contains(privacy.dpoContact()), "controller and DPO");
        assertTrue(page.contains("Transferts hors de l’Union européenne</h2>\n<p>Aucun.</p>"), "no transfer outside the EU");
        assertTrue(page.contains("adresse IP effacée après 180 jours"), "the IP's retention, 180 days unless configured");

        Screenshots.take("dpo-registre", page, 3800);
        Screenshots.takePhone("dpo-registre-phone", page, 6000);
        Screenshots.takePhone("dpo-registre-phone-top", page, 1700);
        Screenshots.take("dpo-registre-en", given().cookie("ieps-lang", "en").get("/dpo/registre").asString(), 3800);
    }

    @Test
    void everyRoleOfTheRealmIsDescribedAsARecipient() {
        for (String role : Roles.ALL) {
            assertTrue(RecordsRole.of(role).isPresent(), "role without its line in the records: " + role);
        }
        assertEquals(Roles.ALL.size(), RecordsRole.values().length);
    }

    @Test
    @TestSecurity(user = "records-admin", roles = "admin")
    void theAdminReadsTheRecordsToo() {
        latestCampaign();
        Response english = given().header("Accept-Language", "en").get("/dpo/registre");
        english.then().statusCode(200);
        assertTrue(english.asString().contains("Records of processing activities"));
        assertTrue(english.asString().contains("this English version of the page is a reading aid"));
        given().get("/dpo/registre.pdf").then().statusCode(200).contentType("application/pdf");
    }

    @Test
    @TestSecurity(user = "records-secretariat", roles = "secretariat")
    void theStaffDoNotOpenTheRecords() {
        given().redirects().follow(false).get("/dpo/registre").then().statusCode(403);
        given().redirects().follow(false).get("/dpo/registre.pdf").then().statusCode(403);
    }

    private static Campaign latestCampaign() {
        return QuarkusTransaction.requiringNew().call(() -> {
            if (Campaign.count() == 0) {
                Arc.container().instance(DemoData.class).get().createDemoCampaign();
            }
            return Campaign.latest();
        });
    }

    /** Sets the campaign's rules; returns those it had. */
    private static Retention retention(Long campaignId, int draftDays, int notAdmittedMonths, int withdrawnMonths,
            int enrolledDays) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Campaign campaign = Campaign.findById(campaignId);
            Retention before = new Retention();
            before.draftDays = campaign.retention.draftDays;
            before.notAdmittedMonths = campaign.retention.notAdmittedMonths;
            before.withdrawnMonths = campaign.retention.withdrawnMonths;
            before.enrolledDays = campaign.retention.enrolledDays;
            campaign.retention.draftDays = draftDays;
            campaign.retention.notAdmittedMonths = notAdmittedMonths;
            campaign.retention.withdrawnMonths = withdrawnMonths;
            campaign.retention.enrolledDays = enrolledDays;
            return before;
        });
    }

    /** The table row of that id. */
    static String row(String page, String id) {
        Matcher m = Pattern.compile("<tr id=\"" + Pattern.quote(id) + "\">(.*?)</tr>", Pattern.DOTALL).matcher(page);
        assertTrue(m.find(), "no row " + id);
        return m.group(1);
    }

    static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
