package fr.univlorraine.ieps.review;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.campaign.Level;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Least data: a reviewer scores a project and never writes to the candidate, so neither their page of a dossier nor
 * the dossier's PDF they download shows the candidate's e-mail, phone or postal address (the name stays, outside
 * blind review). The secretariat's and the heads' PDF of the same dossier keeps them: the control.
 */
@QuarkusTest
class ReviewerLeastDataTest {

    @BeforeEach
    void campaign() {
        ReviewFixtures.openCampaign();
    }

    /** A dossier under review with every contact detail filled with values found nowhere else. */
    private static Application dossierWithContactDetails() {
        Long id = ReviewFixtures.underReview(ReviewFixtures.unique("leastdata"), Level.M1, true);
        return QuarkusTransaction.requiringNew().call(() -> {
            Application app = Application.findById(id);
            app.phone = "+33 6 12 34 " + String.format("%02d", Math.floorMod(id, 100)) + " 77";
            app.address = "12 rue Contactunique" + id;
            app.postalCode = "57" + String.format("%03d", Math.floorMod(id, 1000));
            app.city = "Villecontact" + id;
            app.email = "contact" + id + "@example.fr";
            return app;
        });
    }

    private static List<String> contactDetails(Application app) {
        return List.of(app.email, app.phone, app.address, app.city);
    }

    @Test
    @TestSecurity(user = "rev-least-data", roles = "reviewer")
    void aReviewerSeesNoContactDetailOnTheDossierPageOrInItsPdf() throws IOException {
        Long me = ReviewFixtures.member("rev-least-data");
        Application app = dossierWithContactDetails();
        ReviewFixtures.assign(app.id, me);

        String page = given().get("/evaluation/dossiers/" + app.id).then().statusCode(200).extract().asString();
        assertTrue(page.contains(app.lastName), "outside blind review the reviewer sees who the candidate is");
        for (String detail : contactDetails(app)) {
            assertFalse(page.contains(detail), "the reviewer's page shows " + detail);
        }
        String pdf = text(given().get("/evaluation/dossiers/" + app.id + "/pdf").then().statusCode(200).extract().asByteArray());
        assertTrue(pdf.contains(app.lastName), pdf);
        for (String detail : contactDetails(app)) {
            assertFalse(pdf.contains(detail), "the reviewer's PDF shows " + detail);
        }
    }

    @Test
    @TestSecurity(user = "head-least-data", roles = "head")
    void theHeadsPdfOfTheSameDossierKeepsThem() throws IOException {
        Application app = dossierWithContactDetails();
        String pdf = text(given().get("/dossiers/" + app.id + "/pdf").then().statusCode(200).extract().asByteArray());
        for (String detail : contactDetails(app)) {
            assertTrue(pdf.contains(detail), detail + " missing from " + pdf);
        }
    }

    private static String text(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
