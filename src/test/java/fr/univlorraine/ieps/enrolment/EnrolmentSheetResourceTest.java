package fr.univlorraine.ieps.enrolment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.univlorraine.ieps.FormPost;
import fr.univlorraine.ieps.application.ApplicationStatus;
import fr.univlorraine.ieps.campaign.Level;
import fr.univlorraine.ieps.campaign.MutableClock;
import fr.univlorraine.ieps.review.ReviewFixtures;
import fr.univlorraine.ieps.web.Screenshots;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The enrolment sheet of a candidate who accepted their place: filled from the dossier, checked field by field on the
 * server, kept as typed when refused, open only to its owner and only while the place is accepted.
 */
@QuarkusTest
class EnrolmentSheetResourceTest {

    private MutableClock clock;

    @BeforeEach
    void campaign() {
        clock = ReviewFixtures.openCampaign();
    }

    private static String page(Long id) {
        return "/candidatures/" + id + "/inscription";
    }

    /** A complete, valid sheet, in Latin-1 (RestAssured's form encoding). */
    private static Map<String, String> valid() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("civility", "MME");
        form.put("birthDate", "2001-09-24");
        form.put("birthPlace", "Thionville");
        form.put("nationality", "Française");
        form.put("street", "8 rue de la Gare");
        form.put("postalCode", "57100");
        form.put("city", "Thionville");
        form.put("country", "France");
        form.put("ine", "12345 67890 a");
        form.put("lastDiploma", "Licence de sociologie");
        form.put("lastDiplomaInstitution", "Université de Lorraine");
        form.put("lastDiplomaYear", "2024");
        return form;
    }

    private static Response send(Long id, Map<String, String> form) {
        RequestSpecification post = FormPost.from(page(id)).contentType("application/x-www-form-urlencoded");
        form.forEach(post::formParam);
        return post.post(page(id));
    }

    @Test
    @TestSecurity(user = "sheet-owner", roles = "candidate")
    void theAcceptedCandidateCompletesTheSheetFilledFromTheDossier() {
        Long id = SheetFixtures.accepted("sheet-owner", Level.M1);
        given().get("/candidatures/" + id).then().statusCode(200)
                .body(containsString("Fiche d’inscription à compléter"), containsString("href=\"/candidatures/" + id + "/inscription\""));

        String form = given().get(page(id)).then().statusCode(200).extract().asString();
        assertTrue(form.contains("value=\"12 rue des Jardins\""), "the address of the dossier");
        assertTrue(form.contains("value=\"57000\"") && form.contains("value=\"Metz\""), "postcode and town");
        assertTrue(form.contains("value=\"1999-05-17\""), "the birth date of the dossier");
        assertTrue(form.contains("<option value=\"MME\" selected>"), "the civility of the dossier");
        assertTrue(form.contains("value=\"Licence de sociologie\"") && form.contains("value=\"2024\""),
                "the most recent degree of the dossier, not the last line");
        assertTrue(form.contains("name=\"birthPlace\" value=\"\""), "the birth place was never asked");
        Screenshots.take("enrolment-sheet", form, 1700);
        Screenshots.take("enrolment-sheet-phone", form, 390, 2600);

        Response saved = send(id, valid());
        assertEquals(303, saved.statusCode(), saved.asString());
        assertTrue(saved.header("Location").endsWith(page(id) + "?ok=sheet_saved"), saved.header("Location"));
        EnrolmentSheet sheet = SheetFixtures.sheet(id);
        assertNotNull(sheet);
        assertEquals(Civility.MME, sheet.civility);
        assertEquals(LocalDate.of(2001, 9, 24), sheet.birthDate);
        assertEquals("Thionville", sheet.birthPlace);
        assertEquals("1234567890A", sheet.ine, "spaces dropped, capitals");
        assertEquals(2024, sheet.lastDiplomaYear);

        given().get(page(id) + "?ok=sheet_saved").then().statusCode(200)
                .body(containsString("Votre fiche d’inscription est enregistrée."), containsString("value=\"Thionville\""));
        given().get("/candidatures/" + id).then().statusCode(200)
                .body(not(containsString("Fiche d’inscription à compléter")), containsString("Fiche d’inscription complétée le"));
    }

    @Test
    @TestSecurity(user = "sheet-edit", roles = "candidate")
    void aSavedSheetIsCorrectedInPlaceAndAStalePageIsTold() {
        Long id = SheetFixtures.accepted("sheet-edit", Level.M1);
        assertEquals(303, send(id, valid()).statusCode());
        String drawn = given().get(page(id)).asString();
        assertTrue(drawn.contains("name=\"version\" value=\"0\""), "the page carries the sheet's version");

        Map<String, String> corrected = valid();
        corrected.put("city", "Yutz");
        corrected.put("version", "0");
        assertEquals(303, send(id, corrected).statusCode());
        assertEquals("Yutz", SheetFixtures.sheet(id).city);

        Map<String, String> stale = valid();
        stale.put("city", "Hayange");
        stale.put("version", "0");
        Response refused = send(id, stale);
        assertEquals(409, refused.statusCode());
        assertTrue(refused.asString().contains("modifiée dans un autre onglet"), refused.asString());
        assertTrue(refused.asString().contains("value=\"Hayange\""), "the typed text is kept");
        assertEquals("Yutz", SheetFixtures.sheet(id).city, "nothing changed");
    }

    @Test
    @TestSecurity(user = "sheet-errors", roles = "candidate")
    void wrongAnswersAreRefusedOnThePageWithTheTypedTextAndNothingIsSaved() {
        Long id = SheetFixtures.accepted("sheet-errors", Level.M1);
        Map<String, String> form = valid();
        form.put("civility", "");
        form.put("birthPlace", "  ");
        form.put("ine", "12345A");
        form.put("birthDate", clock.nowInParis().toLocalDate().minusYears(10).toString());
        form.put("lastDiplomaYear", "1890");
        form.put("street", "Chemin des Écoliers, lieu-dit Les Prés");
        Response refused = send(id, form);
        assertEquals(400, refused.statusCode());
        String html = refused.asString();
        assertTrue(html.contains("class=\"error-summary\""), "an error summary");
        for (String field : new String[] {"civility", "birthDate", "birthPlace", "ine", "lastDiplomaYear"}) {
            assertTrue(html.contains("href=\"#" + field + "\""), "the summary links to " + field);
            assertTrue(html.contains("id=\"" + field + "-error\""), "an error next to " + field);
        }
        assertTrue(html.contains("Un numéro INE compte 11 caractères"), "the INE's format is explained");
        assertTrue(html.contains("entre 16 et 100 ans"), "a birth date that makes the candidate 10 is refused");
        assertTrue(html.contains("value=\"12345A\"") && html.contains("value=\"Chemin des Écoliers, lieu-dit Les Prés\""),
                "what was typed is kept");
        assertNull(SheetFixtures.sheet(id), "nothing saved");
        Screenshots.take("enrolment-sheet-errors", html, 1900);
        Screenshots.take("enrolment-sheet-errors-phone", html, 390, 3000);

        Map<String, String> notADate = valid();
        notADate.put("birthDate", "31/02/2001");
        Response date = send(id, notADate);
        assertEquals(400, date.statusCode());
        assertTrue(date.asString().contains("href=\"#birthDate\""));
        assertNull(SheetFixtures.sheet(id));

        Map<String, String> empty = new LinkedHashMap<>();
        Response nothing = send(id, empty);
        assertEquals(400, nothing.statusCode());
        for (String field : new String[] {"civility", "birthDate", "birthPlace", "nationality", "street", "postalCode", "city",
                "country", "lastDiploma", "lastDiplomaInstitution", "lastDiplomaYear"}) {
            assertTrue(nothing.asString().contains("href=\"#" + field + "\""), "required: " + field);
        }
        assertTrue(!nothing.asString().contains("href=\"#ine\""), "the INE is optional");
        assertNull(SheetFixtures.sheet(id));
    }

    @Test
    @TestSecurity(user = "sheet-intruder", roles = "candidate")
    void anotherCandidatesDossierIsNotFound() {
        Long mine = SheetFixtures.accepted("sheet-intruder", Level.M1);
        Long theirs = SheetFixtures.accepted(ReviewFixtures.unique("sheet-victim"), Level.M1);
        given().get(page(theirs)).then().statusCode(404);
        RequestSpecification post = FormPost.from(page(mine)).contentType("application/x-www-form-urlencoded");
        valid().forEach(post::formParam);
        post.post(page(theirs)).then().statusCode(404);
        assertNull(SheetFixtures.sheet(theirs), "nothing written on their dossier");
        given().get(page(999_999_999L)).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "sheet-not-yet", roles = "candidate")
    void theSheetOpensOnlyOnceThePlaceIsAccepted() {
        Long admitted = SheetFixtures.admitted("sheet-not-yet", Level.M2);
        given().get(page(admitted)).then().statusCode(200)
                .body(containsString("La fiche d’inscription s’ouvre quand vous avez accepté une place"), not(containsString("name=\"birthPlace\"")));
        given().get("/candidatures/" + admitted).then().statusCode(200).body(not(containsString("Fiche d’inscription à compléter")));
        Long accepted = SheetFixtures.accepted("sheet-not-yet", Level.M1);
        RequestSpecification post = FormPost.from(page(accepted)).contentType("application/x-www-form-urlencoded");
        valid().forEach(post::formParam);
        Response refused = post.post(page(admitted));
        assertEquals(409, refused.statusCode());
        assertTrue(refused.asString().contains("Cette fiche ne peut être envoyée que pour une place acceptée"), refused.asString());
        assertNull(SheetFixtures.sheet(admitted));
        assertEquals(ApplicationStatus.ADMITTED, SheetFixtures.status(admitted));
    }

    @Test
    @TestSecurity(user = "sheet-en", roles = "candidate")
    void theSheetSpeaksEnglish() {
        Long id = SheetFixtures.accepted("sheet-en", Level.M1);
        given().cookie("ieps-lang", "en").get(page(id)).then().statusCode(200)
                .body(containsString("Enrolment form"), containsString("Place of birth"), not(containsString("Lieu de naissance")));
        given().cookie("ieps-lang", "en").get("/candidatures/" + id).then().statusCode(200)
                .body(containsString("Enrolment form to complete"));
    }
}
