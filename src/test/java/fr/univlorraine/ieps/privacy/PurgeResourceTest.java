package fr.univlorraine.ieps.privacy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.univlorraine.ieps.FormPost;
import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.application.ApplicationStatus;
import fr.univlorraine.ieps.campaign.Campaign;
import fr.univlorraine.ieps.campaign.Level;
import fr.univlorraine.ieps.campaign.MutableClock;
import fr.univlorraine.ieps.campaign.Track;
import fr.univlorraine.ieps.decision.DecisionFixtures;
import fr.univlorraine.ieps.kernel.AppClock;
import fr.univlorraine.ieps.web.Screenshots;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The purges' page: the DPO reads the rules, the dry run and the reports and changes nothing; the admin may purge a
 * campaign's dossiers due now, once the box that confirms it is ticked.
 */
@QuarkusTest
class PurgeResourceTest {

    private static final String PAGE = "/dpo/purges";

    private Campaign campaign;
    private PurgeFixtures.Made refused;
    private String reference;

    @BeforeEach
    void dossierDue() {
        MutableClock clock = DecisionFixtures.clock();
        campaign = DecisionFixtures.campaign(2, 2);
        Track m1 = DecisionFixtures.track(campaign, Level.M1);
        refused = PurgeFixtures.everything(PurgeFixtures.dossier(m1, ApplicationStatus.REJECTED, "purge-page"), m1,
                DecisionFixtures.track(campaign, Level.M2), 1);
        reference = DecisionFixtures.application(refused.id()).reference;
        // the M2 track of this campaign closes months later: only the M1 dossier is due
        clock.set(m1.closesAt.atZone(AppClock.PARIS).plusMonths(14).plusDays(1).toInstant());
    }

    @AfterEach
    void retire() {
        DecisionFixtures.retire(campaign);
    }

    @Test
    @TestSecurity(user = "purge-dpo", roles = "dpo")
    void theDpoReadsTheRulesTheDryRunAndTheReportsAndChangesNothing() {
        Map<String, Long> before = PurgeFixtures.allRows();
        String page = given().get(PAGE).then().statusCode(200)
                .body(containsString("Règles en vigueur"), containsString(campaign.code), containsString(reference))
                .body(containsString("Non admis"), containsString("Rapports de purge"))
                .body(not(containsString("action=\"/dpo/purges/")), not(containsString("Purger maintenant")))
                .extract().asString();
        Screenshots.take("dpo-purges", page, 1600);
        Screenshots.takePhone("dpo-purges-phone", page, 3000);
        given().cookie("ieps-lang", "en").get(PAGE).then().statusCode(200)
                .body(containsString("Rules in force"), containsString("What would go today (dry run)"));
        assertEquals(before, PurgeFixtures.allRows(), "reading the page changes nothing");

        FormPost.from(PAGE).formParam("confirm", "on").post(PAGE + "/" + campaign.id).then().statusCode(403);
        assertEquals(before, PurgeFixtures.allRows(), "the DPO purges nothing");
    }

    @Test
    @TestSecurity(user = "purge-admin", roles = "admin")
    void theAdminPurgesACampaignOnlyOnceTheBoxIsTicked() {
        String page = given().get(PAGE).then().statusCode(200)
                .body(containsString("action=\"/dpo/purges/" + campaign.id + "\""), containsString(reference))
                .extract().asString();
        Screenshots.take("admin-purges", page, 1600);

        String refusedPage = FormPost.from(PAGE).post(PAGE + "/" + campaign.id).then().statusCode(400)
                .body(containsString("error-summary"), containsString("href=\"#confirm-" + campaign.id + "\""))
                .body(containsString("Cochez la case pour confirmer la suppression définitive"))
                .extract().asString();
        Screenshots.take("admin-purges-unconfirmed", refusedPage, 1600);
        assertTrue(QuarkusTransaction.requiringNew().call(() -> Application.findById(refused.id()) != null),
                "nothing deleted without the box");
        assertTrue(PurgeFixtures.fileExists(refused.files().get(0)));

        FormPost.from(PAGE).formParam("confirm", "on").post(PAGE + "/" + campaign.id).then().statusCode(303)
                .header("Location", endsWith("/dpo/purges?ok=purge_done#rapports"));

        PurgeFixtures.rows(refused).forEach((table, count) -> assertEquals(0L, count, table));
        assertFalse(PurgeFixtures.fileExists(refused.files().get(0)));
        PurgeReport line = QuarkusTransaction.requiringNew().call(() -> PurgeReport.<PurgeReport>find(
                "campaignId = ?1 and rule = ?2", campaign.id, RetentionRule.NOT_ADMITTED).firstResult());
        assertEquals(1, line.dossiers);
        assertEquals(1, line.files);
        assertFalse(line.byJob);
        assertEquals("purge-admin", line.byName);
        String done = given().get(PAGE + "?ok=purge_done").then().statusCode(200)
                .body(containsString("La purge a été faite"), not(containsString(reference)))
                .extract().asString();
        Screenshots.take("admin-purges-done", done, 1600);
    }
}
