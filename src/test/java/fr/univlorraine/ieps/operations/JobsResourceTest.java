package fr.univlorraine.ieps.operations;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.univlorraine.ieps.TestIds;
import fr.univlorraine.ieps.jobs.Job;
import fr.univlorraine.ieps.jobs.Jobs;
import fr.univlorraine.ieps.security.Roles;
import fr.univlorraine.ieps.web.Screenshots;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The admin's page of scheduled jobs: each job's last run and the items that failed, for the admin only. */
@QuarkusTest
class JobsResourceTest {

    @Inject
    Jobs jobs;

    @Test
    @TestSecurity(user = "jobs-admin", roles = Roles.ADMIN)
    void theAdminSeesEachJobsLastRunAndTheFailedItems() {
        String item = TestIds.unique("offer ");
        jobs.run(Job.OFFER_EXPIRY, () -> List.of(item), i -> i, i -> {
            throw new IllegalStateException("could not serialize access");
        }, null);

        String page = given().get("/admin/taches").then().statusCode(200).extract().asString();
        Screenshots.take("admin-jobs", page, 1000);
        assertTrue(page.contains("Expiration des propositions sans réponse"), page);
        assertTrue(page.contains("Publication programmée des décisions"), page);
        assertTrue(page.contains(item) && page.contains("could not serialize access"), page);
        assertTrue(page.contains(">Erreur</th>") && !page.contains("serveur de messagerie"), "the jobs' own column");

        String english = given().cookie("ieps-lang", "en").get("/admin/taches").then().statusCode(200).extract().asString();
        assertTrue(english.contains("Expiry of unanswered offers") && english.contains("Latest failures"), english);
    }

    @Test
    @TestSecurity(user = "jobs-others", roles = {Roles.SECRETARIAT, Roles.HEAD, Roles.REVIEWER, Roles.CANDIDATE})
    void nobodyElseSeesIt() {
        given().redirects().follow(false).get("/admin/taches").then().statusCode(403);
    }
}
