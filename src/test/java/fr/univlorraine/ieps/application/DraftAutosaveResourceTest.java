package fr.univlorraine.ieps.application;

import static fr.univlorraine.ieps.application.TestFixtures.*;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import fr.univlorraine.ieps.campaign.Level;
import fr.univlorraine.ieps.campaign.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The dossier form's background save: the draft rules and the version check of the save button, a JSON answer with
 * the sentence to show; and the save button itself meeting a change made in another tab.
 */
@QuarkusTest
class DraftAutosaveResourceTest {

    MutableClock clock;

    @BeforeEach
    void setUp() {
        clock = openCampaignClock();
    }

    private Long create() {
        Csrf csrf = csrf("/candidatures");
        String location = csrf.post().formParam("trackId", track(Level.M1).id).formParam("entryRoute", "INITIALE")
                .post("/candidatures").then().statusCode(303).extract().header("Location");
        return Long.valueOf(location.replaceAll(".*/candidatures/(\\d+)/dossier.*", "$1"));
    }

    private static ValidatableResponse autosave(Csrf csrf, Long id, Map<String, Object> form) {
        return csrf.post().formParams(form).post("/candidatures/" + id + "/dossier/auto").then();
    }

    @Test
    @TestSecurity(user = "autosave-candidate", roles = "candidate")
    void aChangedFormIsSavedInTheBackgroundAndTheNewVersionIsGivenBack() {
        Long id = create();
        long version = reload(id).version;
        given().get("/candidatures/" + id + "/dossier").then().statusCode(200)
                .body(containsString("data-autosave=\"/candidatures/" + id + "/dossier/auto\""),
                        containsString("data-every=\"30\""),
                        containsString("Enregistrement automatique du brouillon toutes les 30 secondes"));
        Csrf csrf = csrf("/candidatures/" + id + "/dossier");
        Map<String, Object> form = new HashMap<>(completeForm(version));
        form.put("lastName", "Autosauvée");

        autosave(csrf, id, form).statusCode(200).contentType(startsWith("application/json"))
                .body("state", equalTo("saved"), "version", equalTo((int) version + 1),
                        "message", startsWith("Brouillon enregistré automatiquement à "));
        Application saved = reload(id);
        assertEquals("Autosauvée", saved.lastName);
        assertEquals(version + 1, saved.version);
        assertEquals(ApplicationStatus.DRAFT, saved.status, "a background save never submits");

        // the page goes on from the version it was given: the next background save and the button both pass
        form.put("version", version + 1);
        form.put("city", "Thionville");
        autosave(csrf, id, form).statusCode(200).body("state", equalTo("saved"));
        assertEquals("Thionville", reload(id).city);
    }

    @Test
    @TestSecurity(user = "autosave-two-tabs", roles = "candidate")
    void aSecondTabThatSavesAfterTheFirstGetsTheConflictAndOverwritesNothing() {
        Long id = create();
        long version = reload(id).version;
        Csrf csrf = csrf("/candidatures/" + id + "/dossier");
        Map<String, Object> first = new HashMap<>(completeForm(version));
        first.put("lastName", "Premier-Onglet");
        Map<String, Object> second = new HashMap<>(completeForm(version));
        second.put("lastName", "Second-Onglet");

        autosave(csrf, id, first).statusCode(200).body("state", equalTo("saved"));
        autosave(csrf, id, second).statusCode(409)
                .body("state", equalTo("conflict"), "version", nullValue(),
                        "message", containsString("modifié dans un autre onglet"));
        assertEquals("Premier-Onglet", reload(id).lastName);

        // the save button of the second tab: the form again, with what was typed there, and the choice explained
        String page = csrf.post().formParams(second).formParam("action", "save").post("/candidatures/" + id + "/dossier")
                .then().statusCode(409)
                .body(containsString("href=\"#version\""), containsString("id=\"version\""),
                        containsString("value=\"Second-Onglet\""),
                        containsString("name=\"version\" value=\"" + (version + 1) + "\""),
                        not(containsString("data-every=")))
                .extract().asString();
        fr.univlorraine.ieps.web.Screenshots.take("candidate-conflict", page, 1100);
        assertEquals("Premier-Onglet", reload(id).lastName, "nothing overwritten silently");

        // saving again from that page is the choice the page offered: it keeps the second tab's answers
        second.put("version", version + 1);
        csrf.post().formParams(second).formParam("action", "save").post("/candidatures/" + id + "/dossier")
                .then().statusCode(303);
        assertEquals("Second-Onglet", reload(id).lastName);
    }

    @Test
    @TestSecurity(user = "autosave-invalid", roles = "candidate")
    void answersThatBreakADraftRuleAreNotSavedAndTheLineSaysSo() {
        Long id = create();
        long version = reload(id).version;
        Csrf csrf = csrf("/candidatures/" + id + "/dossier");
        Map<String, Object> form = new HashMap<>(completeForm(version));
        form.put("firstName", "x".repeat(101));
        form.put("researchProject", "y".repeat(5001));
        autosave(csrf, id, form).statusCode(200)
                .body("state", equalTo("invalid"), "version", nullValue(),
                        "message", startsWith("2 champs ne respectent pas les règles du formulaire"));
        Application after = reload(id);
        assertNull(after.firstName);
        assertEquals(version, after.version);

        form.put("researchProject", "Court.");
        given().cookie("ieps-lang", "en").redirects().follow(false).formParam("csrf-token", csrf.token())
                .formParams(form).post("/candidatures/" + id + "/dossier/auto").then().statusCode(200)
                .body("state", equalTo("invalid"), "message", startsWith("One field breaks a rule of the form"));
    }

    @Test
    @TestSecurity(user = "autosave-late", roles = "candidate")
    void afterTheClosingTheBackgroundSaveIsRefusedWithTheReason() {
        Long id = create();
        long version = reload(id).version;
        Csrf csrf = csrf("/candidatures/" + id + "/dossier");
        clock.set(afterClosing(Level.M1));
        autosave(csrf, id, completeForm(version)).statusCode(409)
                .body("state", equalTo("refused"),
                        "message", startsWith("Enregistrement automatique impossible : La date limite de dépôt est passée"));
        assertNull(reload(id).lastName);
        given().get("/candidatures/" + id + "/dossier").then().statusCode(200).body(not(containsString("data-every=")));
    }

    @Test
    @TestSecurity(user = "autosave-intruder", roles = "candidate")
    void someoneElsesDossierIsNotFoundAndUntouched() {
        Application other = applicationOf("autosave-victim", Level.M1);
        Csrf csrf = csrf("/candidatures");
        autosave(csrf, other.id, completeForm(other.version)).statusCode(404);
        assertNull(reload(other.id).lastName);
    }
}
