package fr.univlorraine.ieps.decision;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.univlorraine.ieps.web.Screenshots;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The admin keeps the standard refusal motives: adds, rewords, orders, retires, deletes unused ones; nobody else can. */
@QuarkusTest
class MotiveAdminResourceTest {

    @BeforeEach
    void campaign() {
        MotiveFixtures.clock();
    }

    private static RefusalMotive reload(Long id) {
        return QuarkusTransaction.requiringNew().call(() -> RefusalMotive.findById(id));
    }

    private static long motiveCount() {
        return QuarkusTransaction.requiringNew().call(() -> RefusalMotive.count());
    }

    private static RefusalMotive byLabel(String labelFr) {
        return QuarkusTransaction.requiringNew().call(() -> RefusalMotive.<RefusalMotive>find("labelFr", labelFr).firstResult());
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void adminAddsAMotiveRewordsItAndDeletesItWhileUnused() {
        String page = given().get("/admin/motifs").then().statusCode(200).extract().asString();
        assertTrue(page.contains("<h1>Motifs de refus</h1>"), page);
        assertTrue(page.contains("inscrit pas dans les thèmes de l") && page.contains("The research project does not fit"),
                "the seeded motives, in both languages");
        assertTrue(page.contains("href=\"/admin/motifs\" aria-current=\"page\""), "the admin's nav link");
        Screenshots.take("admin-motives-new", given().get("/admin/motifs/nouveau").asString(), 900);

        String fr = MotiveFixtures.unique("Motif ajouté à l’essai – « dossier » œuvre");
        MotiveFixtures.post("/admin/motifs/nouveau").formParam("labelFr", "  " + fr + " ")
                .formParam("labelEn", "A motive added as a test").post("/admin/motifs")
                .then().statusCode(303).header("Location", endsWith("/admin/motifs?ok=added"));
        RefusalMotive added = byLabel(fr);
        assertNotNull(added, "stored trimmed");
        assertTrue(added.active);
        int last = QuarkusTransaction.requiringNew().call(() -> RefusalMotive.all().stream().mapToInt(m -> m.position).max().orElse(0));
        assertEquals(last, added.position, "added at the end");
        String list = given().get("/admin/motifs?ok=added").then().statusCode(200).extract().asString();
        assertTrue(list.contains("Le motif est ajouté à la fin de la liste."), list);
        assertTrue(list.contains(fr), list);
        Screenshots.take("admin-motives", list, 1300);

        given().get("/admin/motifs/" + added.id).then().statusCode(200)
                .body(containsString("name=\"version\" value=\"" + added.version + "\""), containsString(fr));
        MotiveFixtures.post("/admin/motifs/" + added.id).formParam("version", added.version)
                .formParam("labelFr", fr + " (reformulé)").formParam("labelEn", "A motive reworded")
                .post("/admin/motifs/" + added.id)
                .then().statusCode(303).header("Location", endsWith("/admin/motifs?ok=saved#motif-" + added.id));
        RefusalMotive reworded = reload(added.id);
        assertEquals(fr + " (reformulé)", reworded.labelFr);
        assertEquals("A motive reworded", reworded.labelEn);

        long before = motiveCount();
        MotiveFixtures.post("/admin/motifs").formParam("version", reworded.version)
                .post("/admin/motifs/" + added.id + "/supprimer")
                .then().statusCode(303).header("Location", endsWith("/admin/motifs?ok=deleted"));
        assertNull(reload(added.id));
        assertEquals(before - 1, motiveCount());
        List<Integer> positions = QuarkusTransaction.requiringNew().call(() -> RefusalMotive.all().stream().map(m -> m.position).toList());
        for (int i = 0; i < positions.size(); i++) {
            assertEquals(i + 1, positions.get(i), "positions stay 1 to n: " + positions);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "labelFr | ' '     | Ce champ est obligatoire.",
            "labelEn | ''      | Ce champ est obligatoire.",
            "labelFr | LONG301 | 300 caractères au maximum.",
            "labelEn | LONG301 | 300 caractères au maximum."})
    @TestSecurity(user = "admin", roles = "admin")
    void badMotiveIsShownAgainWithItsErrorAndNothingIsWritten(String field, String value, String message) {
        String typed = value.equals("LONG301") ? "é".repeat(301) : value;
        long before = motiveCount();
        var form = MotiveFixtures.post("/admin/motifs/nouveau");
        form.formParam("labelFr", field.equals("labelFr") ? typed : "Un libellé correct");
        form.formParam("labelEn", field.equals("labelEn") ? typed : "A correct label");
        String page = form.post("/admin/motifs").then().statusCode(400).extract().asString();
        assertTrue(page.contains(message), page);
        assertTrue(page.contains("role=\"alert\""), "the error summary is shown");
        assertTrue(page.contains("href=\"#" + field + "\""), "the summary links to the field");
        assertTrue(page.contains("aria-invalid=\"true\""), page);
        assertTrue(page.contains(field.equals("labelFr") ? "A correct label" : "Un libellé correct"), "what was typed comes back");
        if (value.equals(" ")) {
            Screenshots.take("admin-motive-errors", page, 1000);
        }
        assertEquals(before, motiveCount());
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void aStaleOrForgedEditIsRefusedAndChangesNothing() {
        Long id = MotiveFixtures.motive(MotiveFixtures.unique("Motif concurrent"), "Concurrent motive");
        RefusalMotive shown = reload(id);
        MotiveFixtures.post("/admin/motifs/" + id).formParam("version", shown.version).formParam("labelFr", "Premier admin")
                .formParam("labelEn", "First admin").post("/admin/motifs/" + id).then().statusCode(303);
        String page = MotiveFixtures.post("/admin/motifs/" + id).formParam("version", shown.version)
                .formParam("labelFr", "Second admin").formParam("labelEn", "Second admin").post("/admin/motifs/" + id)
                .then().statusCode(409).extract().asString();
        assertTrue(page.contains("Ce motif a été modifié entre-temps"), page);
        assertTrue(page.contains("Premier admin"), "the current version is shown");
        assertEquals("Premier admin", reload(id).labelFr);

        RefusalMotive current = reload(id);
        MotiveFixtures.post("/admin/motifs/" + id).formParam("version", "douze").formParam("labelFr", "Forgé")
                .formParam("labelEn", "Forged").post("/admin/motifs/" + id).then().statusCode(409);
        MotiveFixtures.post("/admin/motifs").formParam("version", current.version - 1)
                .post("/admin/motifs/" + id + "/proposer").then().statusCode(409).body(containsString("modifié entre-temps"));
        MotiveFixtures.post("/admin/motifs").post("/admin/motifs/" + id + "/supprimer").then().statusCode(409);
        RefusalMotive after = reload(id);
        assertEquals("Premier admin", after.labelFr);
        assertFalse(after.active);
        assertEquals(current.version, after.version);

        MotiveFixtures.post("/admin/motifs").formParam("version", "0").post("/admin/motifs/999999999/retirer")
                .then().statusCode(404).body(containsString("Ce motif n’existe pas ou plus"));
        given().get("/admin/motifs/999999999").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void aCitedMotiveIsRetiredNeverDeletedAndItsPublishedWordingIsFrozen() {
        String label = MotiveFixtures.unique("Motif cité");
        Long id = MotiveFixtures.motive(label, "Cited motive");
        QuarkusTransaction.requiringNew().run(() -> RefusalMotive.<RefusalMotive>findById(id).active = true);
        MotiveFixtures.refused(MotiveFixtures.unique("motives-cited"), id, null, false);

        // cited by a draft only: it may be reworded, not deleted
        String edit = given().get("/admin/motifs/" + id).then().statusCode(200).extract().asString();
        assertTrue(edit.contains("Ce motif est cité par 1 décision(s) en préparation"), edit);
        RefusalMotive motive = reload(id);
        String refused = MotiveFixtures.post("/admin/motifs").formParam("version", motive.version)
                .post("/admin/motifs/" + id + "/supprimer").then().statusCode(409).extract().asString();
        assertTrue(refused.contains("Ce motif est cité par 1 décision(s) : il ne peut pas être supprimé."), refused);
        assertNotNull(reload(id));

        MotiveFixtures.post("/admin/motifs").formParam("version", motive.version)
                .post("/admin/motifs/" + id + "/retirer").then().statusCode(303).header("Location", endsWith("ok=retired#motif-" + id));
        assertFalse(reload(id).active);
        given().get("/admin/motifs?ok=retired").then().body(containsString("Le motif est retiré"), containsString("Retiré"));
        MotiveFixtures.post("/admin/motifs").formParam("version", reload(id).version)
                .post("/admin/motifs/" + id + "/proposer").then().statusCode(303);
        assertTrue(reload(id).active);

        // once a published refusal cites it, candidates have read it: its wording no longer changes
        MotiveFixtures.refused(MotiveFixtures.unique("motives-cited-pub"), id, null, true);
        given().get("/admin/motifs").then().body(containsString("Cité par un refus publié : libellés figés"));
        given().get("/admin/motifs/" + id).then().statusCode(200)
                .body(containsString("il ne peut plus être modifié"), not(containsString("name=\"labelFr\"")));
        RefusalMotive frozen = reload(id);
        MotiveFixtures.post("/admin/motifs").formParam("version", frozen.version).formParam("labelFr", "Autre")
                .formParam("labelEn", "Other").post("/admin/motifs/" + id).then().statusCode(409)
                .body(containsString("il ne peut plus être modifié"));
        assertEquals(label, reload(id).labelFr);
        // leave it retired, out of the motives offered to the heads in other tests
        MotiveFixtures.post("/admin/motifs").formParam("version", frozen.version)
                .post("/admin/motifs/" + id + "/retirer").then().statusCode(303);
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void motivesMoveUpAndDown() {
        Long a = MotiveFixtures.motive(MotiveFixtures.unique("Motif A"), "Motive A");
        Long b = MotiveFixtures.motive(MotiveFixtures.unique("Motif B"), "Motive B");
        assertTrue(reload(a).position < reload(b).position);
        MotiveFixtures.post("/admin/motifs").formParam("version", reload(b).version).post("/admin/motifs/" + b + "/monter")
                .then().statusCode(303).header("Location", endsWith("ok=moved#motif-" + b));
        assertEquals(reload(b).position + 1, reload(a).position, "B just above A");
        String page = given().get("/admin/motifs?ok=moved").then().body(containsString("L’ordre des motifs est enregistré.")).extract().asString();
        assertTrue(page.indexOf("id=\"motif-" + b + "\"") < page.indexOf("id=\"motif-" + a + "\""), "B is now listed above A");
        MotiveFixtures.post("/admin/motifs").formParam("version", reload(b).version).post("/admin/motifs/" + b + "/descendre")
                .then().statusCode(303);
        assertEquals(reload(a).position + 1, reload(b).position, "A just above B again");
        List<Integer> positions = QuarkusTransaction.requiringNew().call(() -> RefusalMotive.all().stream().map(m -> m.position).toList());
        for (int i = 0; i < positions.size(); i++) {
            assertEquals(i + 1, positions.get(i), "a move numbers the motives 1 to n: " + positions);
        }
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void theLastOfferedMotiveCannotBeRetired() {
        List<Long> offered = QuarkusTransaction.requiringNew().call(() -> RefusalMotive.offered().stream().map(m -> m.id).toList());
        Long kept = offered.get(0);
        try {
            QuarkusTransaction.requiringNew().run(() -> offered.stream().filter(id -> !id.equals(kept))
                    .forEach(id -> RefusalMotive.<RefusalMotive>findById(id).active = false));
            String page = MotiveFixtures.post("/admin/motifs").formParam("version", reload(kept).version)
                    .post("/admin/motifs/" + kept + "/retirer").then().statusCode(409).extract().asString();
            assertTrue(page.contains("Au moins un motif doit rester proposé"), page);
            assertTrue(reload(kept).active);
        } finally {
            QuarkusTransaction.requiringNew().run(() -> offered.forEach(id -> RefusalMotive.<RefusalMotive>findById(id).active = true));
        }
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void englishPageIsInEnglish() {
        given().cookie("ieps-lang", "en").get("/admin/motifs").then().statusCode(200)
                .body(containsString("<h1>Refusal motives</h1>"), containsString("Add a motive"), containsString("Move up"));
    }

    @Test
    @TestSecurity(user = "head", roles = {"head", "secretariat", "reviewer", "candidate"})
    void nobodyButTheAdminKeepsTheMotives() {
        Long id = MotiveFixtures.motive(MotiveFixtures.unique("Motif protégé"), "Protected motive");
        RefusalMotive before = reload(id);
        given().get("/admin/motifs").then().statusCode(403);
        given().get("/admin/motifs/" + id).then().statusCode(403);
        var post = MotiveFixtures.post("/test-only/csrf");
        post.formParam("version", before.version).formParam("labelFr", "Piraté").formParam("labelEn", "Hacked")
                .post("/admin/motifs/" + id).then().statusCode(403);
        MotiveFixtures.post("/test-only/csrf").formParam("version", before.version)
                .post("/admin/motifs/" + id + "/supprimer").then().statusCode(403);
        assertEquals(before.labelFr, reload(id).labelFr);
        assertFalse(given().get("/").asString().contains("href=\"/admin/motifs\""), "no admin link in the nav");
    }
}
