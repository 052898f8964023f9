package fr.univlorraine.ieps.application;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.univlorraine.ieps.campaign.Campaign;
import fr.univlorraine.ieps.campaign.DemoData;
import fr.univlorraine.ieps.enrolment.SheetData;
import fr.univlorraine.ieps.enrolment.SheetField;
import fr.univlorraine.ieps.kernel.PrivacyConfig;
import fr.univlorraine.ieps.web.Screenshots;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The privacy notice says what is collected, all of it: every field of the application form and of the enrolment sheet
 * belongs to a category of data, and every category is on the page; the retention rules it states are those the latest
 * campaign stores; it names the DPO and the candidate's rights page.
 */
@QuarkusTest
class PrivacyNoticeTest {

    @Inject
    PrivacyConfig privacy;

    @Test
    void everyFieldOfTheApplicationFormHasACategory() {
        List<String> missing = new ArrayList<>();
        for (ApplicationField field : ApplicationField.values()) {
            if (!CollectedData.NOT_FIELDS.contains(field) && CollectedData.of(field).isEmpty()) {
                missing.add(field.name());
            }
        }
        assertTrue(missing.isEmpty(), "fields of the application form the privacy notice does not list: " + missing);
    }

    @Test
    void everyValueTheFormSendsIsOneOfItsFields() {
        // what the form binds (its record's components) is what ApplicationField names: none escapes the mapping
        Set<String> fields = Set.copyOf(Arrays.stream(ApplicationField.values()).map(Enum::name).toList());
        List<String> unnamed = Arrays.stream(ApplicationForm.class.getRecordComponents()).map(RecordComponent::getName)
                .filter(name -> !fields.contains(name)).toList();
        assertTrue(unnamed.isEmpty(), "form values without their field (and category): " + unnamed);
    }

    @Test
    void everyFieldOfTheEnrolmentSheetHasACategory() {
        List<String> missing = Arrays.stream(SheetField.values()).filter(f -> f != SheetField.version)
                .filter(f -> SheetData.of(f).isEmpty()).map(Enum::name).toList();
        assertTrue(missing.isEmpty(), "fields of the enrolment sheet without a category: " + missing);
    }

    @Test
    void thePageListsEveryCategoryWithItsFields() {
        String page = given().get("/confidentialite").then().statusCode(200).extract().asString();
        for (DataCategory category : DataCategory.values()) {
            assertTrue(page.contains("<dt id=\"category-" + category + "\">" + category.text("fr") + "</dt>"), category.name());
        }
        for (ApplicationField field : ApplicationField.values()) {
            if (!CollectedData.NOT_FIELDS.contains(field)) {
                assertTrue(page.contains(field.text("fr")), "the field " + field + " is not named on the page");
            }
        }
        String english = given().header("Accept-Language", "en").get("/confidentialite").then().statusCode(200).extract()
                .asString();
        for (DataCategory category : DataCategory.values()) {
            assertTrue(english.contains(category.text("en")), category.name());
        }
        Screenshots.take("confidentialite", page, 3000);
        Screenshots.takePhone("confidentialite-phone", page, 5200);
        Screenshots.take("confidentialite-en", english, 3000);
    }

    @Test
    void theRetentionRulesAreTheLatestCampaignsAndTheRightsAndDpoAreNamed() {
        Campaign campaign = QuarkusTransaction.requiringNew().call(() -> {
            if (Campaign.count() == 0) {
                Arc.container().instance(DemoData.class).get().createDemoCampaign();
            }
            return Campaign.latest();
        });
        int[] before = rules(campaign.id, 37, 15, 11, 29);
        try {
            String page = given().get("/confidentialite").then().statusCode(200).extract().asString();
            assertTrue(page.contains("Règles en vigueur pour la campagne " + campaign.code), page);
            assertTrue(page.contains("supprimé 37 jours après la clôture des candidatures"), page);
            assertTrue(page.contains("avec ses pièces 15 mois après la fin du délai de recours"), page);
            assertTrue(page.contains("un dossier retiré est supprimé 11 mois après"), page);
            assertTrue(page.contains("supprimées 29 jours après la confirmation de l’inscription"), page);
            assertTrue(page.contains("2 mois après la publication des décisions"), page);
            assertTrue(page.contains("href=\"/mes-donnees\""), "the rights page is linked");
            assertTrue(page.contains("href=\"mailto:" + privacy.dpoContact() + "\""), "the DPO is named");
            assertTrue(page.contains(privacy.controller()), "the controller is named");
            rules(campaign.id, 30, 12, 12, 30);
            String defaults = given().get("/confidentialite").then().statusCode(200).extract().asString();
            assertTrue(defaults.contains("supprimé 30 jours après la clôture"), "the page follows the campaign's rules");
        } finally {
            rules(campaign.id, before[0], before[1], before[2], before[3]);
        }
        assertEquals(campaign.id, QuarkusTransaction.requiringNew().call(() -> Campaign.latest().id));
    }

    private static int[] rules(Long campaignId, int draftDays, int notAdmittedMonths, int withdrawnMonths, int enrolledDays) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Campaign c = Campaign.findById(campaignId);
            int[] before = {c.retention.draftDays, c.retention.notAdmittedMonths, c.retention.withdrawnMonths,
                    c.retention.enrolledDays};
            c.retention.draftDays = draftDays;
            c.retention.notAdmittedMonths = notAdmittedMonths;
            c.retention.withdrawnMonths = withdrawnMonths;
            c.retention.enrolledDays = enrolledDays;
            return before;
        });
    }
}
