package fr.univlorraine.ieps.decision;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.univlorraine.ieps.campaign.Level;
import fr.univlorraine.ieps.documents.PrintedPdfs;
import fr.univlorraine.ieps.review.ReviewFixtures;
import fr.univlorraine.ieps.web.Screenshots;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The routes and time limits of appeal: the admin edits them per level, in French and English; every refusal states
 * them, on the candidate's page and in the letter, and nothing else does.
 */
@QuarkusTest
class AppealAdminResourceTest {

    private static final String M2 = "/admin/recours/M2";

    String[] savedM2;

    @BeforeEach
    void keep() {
        MotiveFixtures.clock();
        savedM2 = QuarkusTransaction.requiringNew().call(() -> {
            AppealText t = AppealText.of(Level.M2);
            return new String[] {t.textFr, t.textEn};
        });
    }

    @AfterEach
    void restore() {
        QuarkusTransaction.requiringNew().run(() -> {
            AppealText t = AppealText.of(Level.M2);
            t.textFr = savedM2[0];
            t.textEn = savedM2[1];
        });
    }

    private static String text(Level level, String lang) {
        return QuarkusTransaction.requiringNew().call(() -> AppealText.of(level).text(lang));
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theDefaultsNameTheCourtOfNancyTwoMonthsAndForTheFirstYearTheRector() {
        for (Level level : Level.values()) {
            String fr = text(level, "fr");
            assertTrue(fr.contains("recours gracieux auprès du président de l’Université de Lorraine")
                    && fr.contains("tribunal administratif de Nancy") && fr.contains("deux mois à compter de sa notification"), fr);
            String en = text(level, "en");
            assertTrue(en.contains("administrative court of Nancy") && en.contains("within two months of its notification"), en);
        }
        assertTrue(text(Level.M1, "fr").contains("recteur de la région académique") && text(Level.M1, "fr").contains("L612-6"));
        assertTrue(text(Level.M1, "en").contains("rector of the academic region"));
        assertFalse(text(Level.M2, "fr").contains("recteur"), "the referral to the rector concerns the first year only");
    }

    @Test
    @TestSecurity(user = "appeal-admin", roles = "admin")
    void theAdminEditsALevelsTextsAndBadInputComesBackWithTheTypedText() {
        String list = given().get("/admin/recours").then().statusCode(200).extract().asString();
        assertTrue(list.contains("Master 1") && list.contains("Master 2") && list.contains("recteur de la région académique"), list);
        assertTrue(list.contains("href=\"/admin/recours/M2\""), list);
        Screenshots.take("admin-appeals", list, 1400);

        String edit = given().get(M2).then().statusCode(200).extract().asString();
        assertTrue(edit.contains("tribunal administratif de Nancy"), "the current text in the field");
        Screenshots.take("admin-appeal-edit", edit, 1100);

        long audited = settingsChanges();
        // French left blank: refused, nothing saved, the English typed is still there
        String blank = MotiveFixtures.post(M2).formParam("version", "0").formParam("textFr", "  ")
                .formParam("textEn", "English kept after the error.").post(M2).then().statusCode(400).extract().asString();
        assertTrue(blank.contains("error-summary") && blank.contains("href=\"#textFr\"") && blank.contains("Ce champ est obligatoire."), blank);
        assertTrue(blank.contains("English kept after the error."), "the typed text is kept");
        Screenshots.take("admin-appeal-error", blank, 1100);
        assertEquals(savedM2[1], text(Level.M2, "en"), "nothing saved");

        // too long
        String tooLong = MotiveFixtures.post(M2).formParam("version", "0").formParam("textFr", "é".repeat(4001))
                .formParam("textEn", "Fine.").post(M2).then().statusCode(400).extract().asString();
        assertTrue(tooLong.contains("4 000 caractères au maximum."), tooLong);
        assertEquals(savedM2[0], text(Level.M2, "fr"));
        assertEquals(audited, settingsChanges(), "a refused change is no line of the audit trail");

        // saved, with its paragraphs
        MotiveFixtures.post(M2).formParam("version", "0")
                .formParam("textFr", "Recours gracieux : deux mois.\n\nRecours contentieux : tribunal administratif de Nancy.")
                .formParam("textEn", "Informal appeal: two months.").post(M2).then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/admin/recours?ok=appeal_saved#recours-M2"));
        assertEquals("Recours gracieux : deux mois.\n\nRecours contentieux : tribunal administratif de Nancy.", text(Level.M2, "fr"));
        assertEquals(audited + 1, settingsChanges(), "the change is one line of the audit trail");
        String saved = given().get("/admin/recours?ok=appeal_saved").then().statusCode(200).extract().asString();
        assertTrue(saved.contains("Les voies et délais de recours sont enregistrés.")
                && saved.contains("<p>Recours gracieux : deux mois.</p><p>Recours contentieux : tribunal administratif de Nancy.</p>"), saved);

        // a form drawn before that save: refused, what was typed stays in the field
        String stale = MotiveFixtures.post(M2).formParam("version", "0").formParam("textFr", "Texte d'un autre onglet.")
                .formParam("textEn", "Other tab.").post(M2).then().statusCode(409).extract().asString();
        assertTrue(stale.contains("Ces textes ont été modifiés entre-temps"), stale);
        assertTrue(stale.contains("un autre onglet."), "the typed text is kept: " + stale);
        assertEquals("Informal appeal: two months.", text(Level.M2, "en"));
        assertEquals(audited + 1, settingsChanges());

        given().get("/admin/recours/M3").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "appeal-head", roles = {"head", "secretariat", "reviewer"})
    void onlyTheAdminMayOpenOrEditThem() {
        given().get("/admin/recours").then().statusCode(403);
        given().get(M2).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "appeal-refused", roles = "candidate")
    void aRefusalStatesTheRoutesOfItsLevelOnThePageAndInTheLetter() throws Exception {
        QuarkusTransaction.requiringNew().run(() -> {
            AppealText t = AppealText.of(Level.M2);
            t.textFr = "Premier paragraphe des recours M2.\n\nSecond paragraphe : tribunal administratif de Nancy.";
            t.textEn = "First paragraph of the M2 appeals.";
        });
        Long motive = MotiveFixtures.motive("Motif de test des recours.", "Motive of the appeals test.");
        Long id = ReviewFixtures.underReview("appeal-refused", Level.M2, false);
        MotiveFixtures.decide(id, DecisionKind.REJECT, motive, null, true);

        String page = given().get("/candidatures/" + id).then().statusCode(200).extract().asString();
        assertTrue(page.contains("Voies et délais de recours"), page);
        assertTrue(page.contains("<p>Premier paragraphe des recours M2.</p>")
                && page.contains("<p>Second paragraphe : tribunal administratif de Nancy.</p>"), page);
        Screenshots.take("status-refused-appeal", page, 1500);
        Screenshots.takePhone("status-refused-appeal-phone", page);
        String english = given().cookie("ieps-lang", "en").get("/candidatures/" + id).then().statusCode(200).extract().asString();
        assertTrue(english.contains("How to appeal") && english.contains("First paragraph of the M2 appeals."), english);
        assertFalse(english.contains("Premier paragraphe"), "the reader's language only");

        byte[] letter = given().get("/candidatures/" + id + "/attestation.pdf").then().statusCode(200).extract().asByteArray();
        String fr = pdfText(letter);
        assertTrue(fr.contains("Voies et délais de recours") && fr.contains("Premier paragraphe des recours M2.")
                && fr.contains("Second paragraphe : tribunal administratif de Nancy."), fr);
        PrintedPdfs.look(letter, "letter-refusal-appeal-m2");
        String en = pdfText(given().cookie("ieps-lang", "en").get("/candidatures/" + id + "/attestation.pdf").then()
                .statusCode(200).extract().asByteArray());
        assertTrue(en.contains("How to appeal") && en.contains("First paragraph of the M2 appeals."), en);
    }

    @Test
    @TestSecurity(user = "appeal-m1", roles = "candidate")
    void aFirstYearRefusalNamesTheReferralToTheRectorAndAnAdmissionNoAppeal() throws Exception {
        Long motive = MotiveFixtures.motive("Motif M1 des recours.", "M1 motive of the appeals.");
        Long refused = MotiveFixtures.refused("appeal-m1", motive, null, true);
        String page = given().get("/candidatures/" + refused).then().statusCode(200).extract().asString();
        assertTrue(page.contains("recteur de la région académique") && page.contains("tribunal administratif de Nancy"), page);
        String letter = pdfText(given().get("/candidatures/" + refused + "/attestation.pdf").then().statusCode(200)
                .extract().asByteArray());
        assertTrue(letter.contains("recteur de la région académique") && letter.contains("Mon Master"), letter);
    }

    @Test
    @TestSecurity(user = "appeal-admitted", roles = "candidate")
    void anAdmissionStatesNoRouteOfAppeal() {
        Long id = MotiveFixtures.underReview("appeal-admitted");
        MotiveFixtures.decide(id, DecisionKind.ADMIT, null, null, true);
        String page = given().get("/candidatures/" + id).then().statusCode(200).extract().asString();
        assertFalse(page.contains("Voies et délais de recours") || page.contains("tribunal administratif"), page);
    }

    private static long settingsChanges() {
        return QuarkusTransaction.requiringNew().call(() -> fr.univlorraine.ieps.audit.AuditEvent.count(
                "action = 'SETTINGS_CHANGED' and actorSubject = 'appeal-admin' and detail like 'appeal texts: POST %'"));
    }
}
