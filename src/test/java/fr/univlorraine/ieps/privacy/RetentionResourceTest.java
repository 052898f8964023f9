package fr.univlorraine.ieps.privacy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.univlorraine.ieps.FormPost;
import fr.univlorraine.ieps.audit.AuditEvent;
import fr.univlorraine.ieps.campaign.Campaign;
import fr.univlorraine.ieps.campaign.Retention;
import fr.univlorraine.ieps.decision.DecisionFixtures;
import fr.univlorraine.ieps.web.Screenshots;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The admin's retention rules: the latest campaign's shown, the four saved together or not at all, and audited. */
@QuarkusTest
class RetentionResourceTest {

    private static final String PAGE = "/admin/conservation";

    private Campaign campaign;

    @BeforeEach
    void campaign() {
        DecisionFixtures.clock();
        campaign = DecisionFixtures.campaign(2, 2);
    }

    @AfterEach
    void retire() {
        DecisionFixtures.retire(campaign);
    }

    private RequestSpecification form(String draft, String notAdmitted, String withdrawn, String enrolled) {
        return FormPost.from(PAGE).formParam("draftDays", draft).formParam("notAdmittedMonths", notAdmitted)
                .formParam("withdrawnMonths", withdrawn).formParam("enrolledDays", enrolled);
    }

    private Retention rules() {
        return QuarkusTransaction.requiringNew().call(() -> Campaign.<Campaign>findById(campaign.id).retention);
    }

    private static List<AuditEvent> settingsChanges() {
        return QuarkusTransaction.requiringNew().call(() -> AuditEvent.<AuditEvent>list("action",
                fr.univlorraine.ieps.audit.AuditLog.SETTINGS_CHANGED));
    }

    @Test
    @TestSecurity(user = "retention-admin", roles = "admin")
    void theAdminSavesTheFourRulesOfTheLatestCampaignAndTheChangeIsAudited() {
        String page = given().get(PAGE).then().statusCode(200)
                .body(containsString("Règles de la campagne " + campaign.code))
                .body(containsString("id=\"draftDays\" name=\"draftDays\" value=\"30\""))
                .body(containsString("id=\"notAdmittedMonths\" name=\"notAdmittedMonths\" value=\"12\""))
                .extract().asString();
        Screenshots.take("admin-retention", page, 1300);
        Screenshots.takePhone("admin-retention-phone", page, 2200);
        int audited = settingsChanges().size();

        form("45", "18", "6", "60").post(PAGE + "/" + campaign.id).then().statusCode(303)
                .header("Location", endsWith("/admin/conservation/" + campaign.id + "?ok=retention_saved"));

        Retention saved = rules();
        assertEquals(45, saved.draftDays);
        assertEquals(18, saved.notAdmittedMonths);
        assertEquals(6, saved.withdrawnMonths);
        assertEquals(60, saved.enrolledDays);
        List<AuditEvent> changes = settingsChanges();
        assertEquals(audited + 1, changes.size());
        String detail = changes.get(changes.size() - 1).detail;
        assertTrue(detail.contains(campaign.code) && detail.contains("draftDays=30") && detail.contains("draftDays=45"), detail);
        given().get(PAGE + "/" + campaign.id + "?ok=retention_saved").then().statusCode(200)
                .body(containsString("Les règles de conservation sont enregistrées."))
                .body(containsString("value=\"45\""));
    }

    @Test
    @TestSecurity(user = "retention-admin", roles = "admin")
    void wrongValuesComeBackWithTheirMessagesAndNothingChanges() {
        int audited = settingsChanges().size();
        String page = form("0", "37", "douze", "").post(PAGE + "/" + campaign.id).then().statusCode(400)
                .body(containsString("error-summary"))
                .body(containsString("href=\"#draftDays\""), containsString("href=\"#enrolledDays\""))
                .body(containsString("Indiquez un nombre entier de jours, de 1 à 365."))
                .body(containsString("Indiquez un nombre entier de mois, de 1 à 36."))
                .body(containsString("value=\"douze\""))
                .extract().asString();
        Screenshots.take("admin-retention-errors", page, 1500);
        Screenshots.takePhone("admin-retention-errors-phone", page, 2600);
        // one wrong value among right ones: none is saved
        form("10", "6", "6", "366").post(PAGE + "/" + campaign.id).then().statusCode(400)
                .body(containsString("Indiquez un nombre entier de jours, de 1 à 365."));
        form("10", "6", "6", "366").cookie("ieps-lang", "en").post(PAGE + "/" + campaign.id).then().statusCode(400)
                .body(containsString("Enter a whole number of days, from 1 to 365."));

        Retention after = rules();
        assertEquals(30, after.draftDays);
        assertEquals(12, after.notAdmittedMonths);
        assertEquals(12, after.withdrawnMonths);
        assertEquals(30, after.enrolledDays);
        assertEquals(audited, settingsChanges().size(), "nothing audited for a change that did not happen");
    }

    @Test
    @TestSecurity(user = "retention-admin", roles = "admin")
    void anUnknownCampaignIsNotFound() {
        given().get(PAGE + "/999999999").then().statusCode(404);
        form("10", "6", "6", "6").post(PAGE + "/999999999").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "retention-dpo", roles = "dpo")
    void theDpoNeitherOpensNorChangesTheRules() {
        given().get(PAGE).then().statusCode(403);
        FormPost.from("/dpo/purges").formParam("draftDays", "1").formParam("notAdmittedMonths", "1")
                .formParam("withdrawnMonths", "1").formParam("enrolledDays", "1")
                .post(PAGE + "/" + campaign.id).then().statusCode(403);
        assertEquals(30, rules().draftDays);
    }
}
