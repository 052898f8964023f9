package fr.univlorraine.ieps.enrolment;

import static fr.univlorraine.ieps.enrolment.ContinuationFixtures.*;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.*;

import fr.univlorraine.ieps.FormPost;
import fr.univlorraine.ieps.application.ApplicationOrigin;
import fr.univlorraine.ieps.application.ApplicationStatus;
import fr.univlorraine.ieps.application.Continuation;
import fr.univlorraine.ieps.application.ContinuationState;
import fr.univlorraine.ieps.application.PlatformOutcome;
import fr.univlorraine.ieps.audit.AuditEvent;
import fr.univlorraine.ieps.audit.AuditLog;
import fr.univlorraine.ieps.decision.DecisionFixtures;
import fr.univlorraine.ieps.web.Screenshots;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The re-enrolment list of the secretariat and heads, and the block of a continuing student's M1 status page: what
 * they show, the update of the list, the changes of state, refused input, and another candidate's dossier.
 */
@QuarkusTest
class ContinuationResourceTest {

    private static final String PAGE = "/reinscriptions";
    private static final String STUDENT = "cont-page-student";
    private static final String OTHER = "cont-page-other";

    @Inject
    ContinuationService continuations;

    Pair pair;
    Long student;
    Long platform;

    @BeforeEach
    void data() {
        DecisionFixtures.clock();
        pair = campaigns(19, 5);
        student = accepted(pair.m1(), STUDENT, "Lefèvre");
        accepted(pair.m1(), OTHER, "Martin");
        m1Dossier(pair.m1(), STUDENT + "-x", "Enrolé", ApplicationStatus.ENROLLED, ApplicationOrigin.HERE, null);
        platform = m1Dossier(pair.m1(), null, "Dubois", ApplicationStatus.UNDER_REVIEW, ApplicationOrigin.PLATFORM,
                PlatformOutcome.ACCEPTED);
        m1Dossier(pair.m1(), STUDENT + "-w", "Attente", ApplicationStatus.WAITLISTED, ApplicationOrigin.HERE, null);
    }

    @AfterEach
    void retire() {
        pair.retire();
    }

    private static Response refresh() {
        return FormPost.from(PAGE).contentType("application/x-www-form-urlencoded").redirects().follow(false)
                .post(PAGE + "/actualiser");
    }

    private static Response change(Long continuationId, String state, String note) {
        var post = FormPost.from(PAGE).contentType("application/x-www-form-urlencoded").redirects().follow(false)
                .formParam("state", state);
        if (note != null) {
            post.formParam("note", note);
        }
        return post.post(PAGE + "/" + continuationId);
    }

    private Long row(Long applicationId) {
        return ofDossier(applicationId).id;
    }

    @Test
    @TestSecurity(user = "cont-page-secretariat", roles = "secretariat")
    void theSecretariatUpdatesTheListAndSeesTheM2Places() {
        String before = given().get(PAGE).then().statusCode(200).extract().asString();
        assertTrue(before.contains("Personne n’est encore sur la liste"), "empty before the first update");
        assertTrue(before.contains("Mettre à jour depuis le M1 " + pair.previous().code));

        Response done = refresh();
        assertEquals(303, done.statusCode());
        assertTrue(done.header("Location").endsWith("/reinscriptions?ajoutes=4&retires=0"), done.header("Location"));
        String page = given().get(done.header("Location")).then().statusCode(200)
                .body(containsString("Liste mise à jour : 4 personne(s) ajoutée(s)"), containsString("Lefèvre"),
                        containsString("Martin"), containsString("Dubois"), not(containsString("Attente")),
                        containsString("Importé de Mon Master"), containsString("En attente"))
                .extract().asString();
        // 19 places, 4 kept for the continuing students: 15 for the outside candidates
        assertTrue(page.contains("<strong id=\"places-outside\">15</strong>"), "outside places");
        assertTrue(page.contains("<a href=\"/reinscriptions\" aria-current=\"page\">"), "the menu leads here");
        Screenshots.take("continuation-list", page, 2000);
        Screenshots.takePhone("continuation-list-phone", page, 3200);

        assertEquals(303, refresh().statusCode());
        assertEquals(4, listOf(pair.m2()).size(), "a second update never duplicates");
    }

    @Test
    @TestSecurity(user = "cont-page-head", roles = "head")
    void aHeadMarksAStudentLeavingWithANoteAndBackToPending() {
        refresh();
        // the heads' dashboard counts the continuing students among the M2 places held
        given().get("/responsable").then().statusCode(200)
                .body(containsString("<th scope=\"row\">Étudiants du M1 qui poursuivent</th><td class=\"num\">4</td>"));
        Long id = row(student);
        Response saved = change(id, "LEAVING", "Part en école de travail social");
        assertEquals(303, saved.statusCode());
        assertTrue(saved.header("Location").endsWith("/reinscriptions?ok=state_saved#etudiant-" + id));
        Continuation c = ofDossier(student);
        assertEquals(ContinuationState.LEAVING, c.state);
        assertEquals("Part en école de travail social", c.note);
        assertEquals("cont-page-head", c.changedBy);
        given().get("/reinscriptions?ok=state_saved").then().statusCode(200)
                .body(containsString("Changement enregistré."), containsString("Ne poursuit pas"),
                        containsString("Part en école de travail social"),
                        containsString("<strong id=\"places-outside\">16</strong>"));

        assertEquals(303, change(id, "PENDING", "").statusCode());
        assertEquals(ContinuationState.PENDING, state(student));
        assertNull(ofDossier(student).note);
        List<String> audited = QuarkusTransaction.requiringNew().call(() -> AuditEvent.ofApplication(student).stream()
                .filter(e -> e.action.equals(AuditLog.CONTINUATION)).map(e -> e.actorSubject + " " + e.detail).toList());
        assertTrue(audited.contains("cont-page-head LEAVING -> PENDING in M2 " + pair.current().code), audited.toString());
        assertTrue(audited.stream().anyMatch(d -> d.startsWith("cont-page-head PENDING -> LEAVING")), audited.toString());
    }

    @Test
    @TestSecurity(user = "cont-page-secretariat", roles = "secretariat")
    void badInputIsRefusedOnTheListWithTheNoteAsTypedAndNothingChanged() {
        refresh();
        Long id = row(student);
        String tooLong = "é".repeat(501);
        Response refused = change(id, "CONFIRMED", tooLong);
        assertEquals(400, refused.statusCode());
        String page = refused.asString();
        assertTrue(page.contains("class=\"error-summary\""), "an error summary");
        assertTrue(page.contains("href=\"#note-" + id + "\""), "linking to the note of the row");
        assertTrue(page.contains("value=\"" + tooLong + "\""), "the note as typed");
        assertEquals(ContinuationState.PENDING, state(student));

        Response forged = change(id, "EXPELLED", "x");
        assertEquals(400, forged.statusCode());
        assertTrue(forged.asString().contains("Choisissez l’un des boutons proposés."));
        assertEquals(ContinuationState.PENDING, state(student));

        assertEquals(404, change(-1L, "CONFIRMED", null).statusCode());
        assertEquals(404, FormPost.from(PAGE).contentType("application/x-www-form-urlencoded").redirects().follow(false)
                .formParam("state", "CONFIRMED").post(PAGE + "/abc").statusCode());
    }

    @Test
    @TestSecurity(user = STUDENT, roles = "candidate")
    void theStudentConfirmsFromTheirStatusPageAndNeverForAnother() {
        continuations.refresh();
        Long other = QuarkusTransaction.requiringNew().call(() -> fr.univlorraine.ieps.application.Application
                .<fr.univlorraine.ieps.application.Application>find("candidateSubject", OTHER).firstResult().id);
        String status = "/candidatures/" + student;
        String page = given().get(status).then().statusCode(200)
                .body(containsString("Poursuite en M2"), containsString("Je confirme poursuivre en M2"),
                        containsString("action=\"/candidatures/" + student + "/reinscription\""))
                .extract().asString();
        Screenshots.take("continuation-candidate", page, 1200);
        Screenshots.takePhone("continuation-candidate-phone", page, 2000);

        Response forOther = FormPost.from(status).contentType("application/x-www-form-urlencoded").redirects().follow(false)
                .post("/candidatures/" + other + "/reinscription");
        assertEquals(404, forOther.statusCode());
        assertEquals(ContinuationState.PENDING, state(other));
        given().get("/candidatures/" + other).then().statusCode(404);

        Response confirmed = FormPost.from(status).contentType("application/x-www-form-urlencoded").redirects().follow(false)
                .post(status + "/reinscription");
        assertEquals(303, confirmed.statusCode());
        assertTrue(confirmed.header("Location").endsWith(status + "#reinscription"));
        assertEquals(ContinuationState.CONFIRMED, state(student));
        String after = given().get(status).then().statusCode(200).extract().asString();
        assertTrue(after.contains("Vous avez confirmé votre poursuite en M2"));
        assertFalse(after.contains("Je confirme poursuivre en M2"));
    }
}
