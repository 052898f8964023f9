package fr.univlorraine.ieps.application;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.univlorraine.ieps.notification.StaffContact;
import fr.univlorraine.ieps.web.Screenshots;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import io.restassured.specification.RequestSpecification;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A staff person is known from their login as soon as they open a staff page, and chooses on their preferences page
 * whether their mails come at once or in one daily digest, and in which language; a wrong choice changes nothing.
 */
@QuarkusTest
class StaffPreferencesResourceTest {

    private static final Pattern CSRF_INPUT = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    private static final String PAGE = "/equipe/preferences";

    private static RequestSpecification post() {
        Matcher token = CSRF_INPUT.matcher(given().get(PAGE).asString());
        assertTrue(token.find());
        return given().redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", token.group(1));
    }

    private static StaffContact contact(String subject) {
        return QuarkusTransaction.requiringNew().call(() -> StaffContact.bySubject(subject).orElse(null));
    }

    @Test
    @TestSecurity(user = "prefs-seen-head", roles = {"head", "secretariat"},
            attributes = @SecurityAttribute(key = "email", value = "Helene.Responsable@univ.example"))
    void aStaffPersonIsKnownByTheirLoginFromTheirFirstStaffPage() {
        given().get("/equipe").then().statusCode(200).body(containsString("/equipe/preferences"));
        StaffContact seen = contact("prefs-seen-head");
        assertEquals("helene.responsable@univ.example", seen.email);
        assertTrue(seen.head && seen.secretariat && !seen.reviewer);
        assertEquals("fr", seen.lang);
        assertEquals(StaffContact.Rhythm.IMMEDIATE, seen.rhythm);
    }

    @Test
    @TestSecurity(user = "prefs-head", roles = "head",
            attributes = @SecurityAttribute(key = "email", value = "prefs-head@univ.example"))
    void theHeadChoosesTheDailyDigestInEnglish() {
        String page = given().get(PAGE).then().statusCode(200).extract().asString();
        assertTrue(page.contains("prefs-head@univ.example"), "the address mails go to");
        assertTrue(page.contains("demande les motifs détaillés") || page.contains("demande les motifs"), page);
        assertTrue(page.contains("value=\"IMMEDIATE\" id=\"rhythm\" checked"), "immediate by default");
        Screenshots.take("staff-preferences", page, 1100);
        Screenshots.takePhone("staff-preferences-phone", page, 1700);

        post().formParam("rhythm", "DAILY").formParam("lang", "en").post(PAGE).then().statusCode(303)
                .header("Location", containsString("/equipe/preferences?ok=prefs_saved"));
        StaffContact saved = contact("prefs-head");
        assertEquals(StaffContact.Rhythm.DAILY, saved.rhythm);
        assertEquals("en", saved.lang);
        given().get(PAGE + "?ok=prefs_saved").then().statusCode(200).body(containsString("Vos choix sont enregistrés."))
                .body(containsString("value=\"DAILY\" id=\"rhythm-DAILY\" checked"));
    }

    @Test
    @TestSecurity(user = "prefs-wrong", roles = "reviewer")
    void aForgedChoiceIsRefusedWithItsMessageAndChangesNothing() {
        given().get(PAGE).then().statusCode(200).body(containsString("Votre compte ne donne pas d’adresse"));
        String page = post().formParam("rhythm", "WEEKLY").formParam("lang", "de").post(PAGE).then().statusCode(400)
                .body(containsString("Choisissez l’un des deux rythmes proposés."))
                .body(containsString("Choisissez le français ou l’anglais.")).body(containsString("href=\"#rhythm\""))
                .extract().asString();
        Screenshots.take("staff-preferences-errors", page, 1200);
        StaffContact unchanged = contact("prefs-wrong");
        assertEquals(StaffContact.Rhythm.IMMEDIATE, unchanged.rhythm);
        assertEquals("fr", unchanged.lang);
    }

    @Test
    @TestSecurity(user = "prefs-candidate", roles = "candidate")
    void aCandidateHasNoStaffPreferences() {
        given().redirects().follow(false).get(PAGE).then().statusCode(403);
    }
}
