package fr.univlorraine.ieps.privacy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import fr.univlorraine.ieps.audit.AuditAction;
import fr.univlorraine.ieps.audit.AuditLines;
import fr.univlorraine.ieps.campaign.Level;
import fr.univlorraine.ieps.review.ReviewFixtures;
import fr.univlorraine.ieps.web.Screenshots;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The candidate's page of who read their dossier: the staff's views and downloads of it, by role and date, never by
 * name, never the other lines of the journal; another candidate's dossier is not found.
 */
@QuarkusTest
class ConsultationResourceTest {

    @BeforeEach
    void campaign() {
        ReviewFixtures.openCampaign();
    }

    @Test
    @TestSecurity(user = "cons-candidate", roles = "candidate")
    void theCandidateSeesTheRolesAndDatesOfTheViewsOfTheirDossierButNoName() {
        Long mine = ReviewFixtures.underReview("cons-candidate", Level.M2, false);
        Long other = ReviewFixtures.underReview(ReviewFixtures.unique("cons-other"), Level.M2, false);
        given().get("/candidatures/" + mine + "/consultations").then().statusCode(200)
                .body(containsString("Aucun membre du personnel n’a encore consulté votre dossier"));
        AuditLines.write("cons-secretary", "Sabine Secrétaire", "secretariat", AuditAction.VIEW_DOSSIER, mine,
                Instant.parse("2031-04-02T08:05:00Z"));
        AuditLines.write("cons-reader", "Rémi Relecteur", "reviewer", AuditAction.DOWNLOAD_DOCUMENT, mine,
                Instant.parse("2031-04-03T14:20:00Z"));
        AuditLines.write("cons-head", "Hélène Responsable", "head", AuditAction.NOTE_ADDED, mine,
                Instant.parse("2031-04-04T09:00:00Z"));
        AuditLines.write("cons-head", "Hélène Responsable", "head", AuditAction.VIEW_DOSSIER, other,
                Instant.parse("2031-04-05T09:00:00Z"));
        String page = given().get("/candidatures/" + mine + "/consultations").then().statusCode(200)
                .body(containsString("2 consultations"), containsString("secrétariat"), containsString("équipe pédagogique"),
                        containsString("Dossier consulté"), containsString("Pièce téléchargée"),
                        containsString("2 avril 2031"))
                .body(not(containsString("Sabine")), not(containsString("Rémi")), not(containsString("Hélène")),
                        not(containsString("cons-secretary")), not(containsString("Note interne")),
                        not(containsString("responsable du master")))
                .extract().asString();
        Screenshots.take("candidate-consultations", page, 800);
        Screenshots.takePhone("candidate-consultations-phone", page);
        given().header("Accept-Language", "en").cookie("ieps-lang", "en").get("/candidatures/" + mine + "/consultations")
                .then().statusCode(200).body(containsString("Who viewed my application"), containsString("programme secretariat"),
                        containsString("Document downloaded"));
    }

    @Test
    @TestSecurity(user = "cons-intruder", roles = "candidate")
    void anotherCandidatesDossierIsNotFound() {
        Long other = ReviewFixtures.underReview(ReviewFixtures.unique("cons-victim"), Level.M2, false);
        AuditLines.write("cons-secretary", "Sabine Secrétaire", "secretariat", AuditAction.VIEW_DOSSIER, other,
                Instant.parse("2031-04-02T08:05:00Z"));
        given().redirects().follow(false).get("/candidatures/" + other + "/consultations").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "cons-staff", roles = {"secretariat", "admin", "dpo"})
    void theStaffAndTheDpoHaveNoCandidatePage() {
        Long other = ReviewFixtures.underReview(ReviewFixtures.unique("cons-s"), Level.M2, false);
        given().redirects().follow(false).get("/candidatures/" + other + "/consultations").then().statusCode(403);
    }
}
