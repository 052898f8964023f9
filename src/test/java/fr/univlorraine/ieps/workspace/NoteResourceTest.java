package fr.univlorraine.ieps.workspace;

import static fr.univlorraine.ieps.workspace.WorkspaceFixtures.dossier;
import static fr.univlorraine.ieps.workspace.WorkspaceFixtures.word;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.univlorraine.ieps.FormPost;
import fr.univlorraine.ieps.application.ApplicationStatus;
import fr.univlorraine.ieps.application.EntryRoute;
import fr.univlorraine.ieps.audit.AuditEvent;
import fr.univlorraine.ieps.audit.AuditLog;
import fr.univlorraine.ieps.campaign.Level;
import fr.univlorraine.ieps.campaign.MutableClock;
import fr.univlorraine.ieps.kernel.AppClock;
import fr.univlorraine.ieps.web.HtmlChecker;
import fr.univlorraine.ieps.web.Screenshots;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The staff's private notes and labels on a dossier: who may write them, what is refused and shown again as typed,
 * the audit, and that neither ever reaches the candidate or the default exports.
 */
@QuarkusTest
class NoteResourceTest {

    /** 10:05 in Paris (winter time). */
    private static final Instant NOW = Instant.parse("2027-03-01T09:05:00Z");
    private static final String CANDIDATE = "notes-candidate";

    @Inject
    NoteService service;

    private static Response post(String path, String field, String value) {
        return FormPost.from("/recherche").contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam(field, value).post(path);
    }

    private static List<StaffNote> notes(Long id) {
        return QuarkusTransaction.requiringNew().call(() -> StaffNote.of(id));
    }

    private static List<String> labels(Long id) {
        return QuarkusTransaction.requiringNew().call(() -> DossierTag.of(id).stream().map(t -> t.label).toList());
    }

    private static List<AuditEvent> audit(Long id, String action) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEvent.<AuditEvent>list(
                "applicationId = ?1 and action = ?2", id, action));
    }

    @Test
    @TestSecurity(user = "notes-head", roles = "head")
    void aHeadAddsANoteKeptWithItsAuthorAndTimeAndAuditedWithoutItsText() {
        QuarkusMock.installMockForType(new MutableClock(NOW), AppClock.class);
        Long id = dossier(Level.M2, ApplicationStatus.UNDER_REVIEW, "Note " + word());
        Response response = post("/dossiers/" + id + "/notes", "note", "  Appeler l’employeur avant le jury.  ");
        assertEquals(303, response.statusCode(), response.asString());
        assertTrue(response.header("Location").endsWith("/dossiers/" + id + "?ok=noteAdded#notes"),
                response.header("Location"));
        List<StaffNote> saved = notes(id);
        assertEquals(1, saved.size());
        assertEquals("Appeler l’employeur avant le jury.", saved.get(0).body);
        assertEquals("notes-head", saved.get(0).authorSubject);
        assertEquals(NOW, saved.get(0).createdAt);
        List<AuditEvent> events = audit(id, AuditLog.NOTE_ADDED);
        assertEquals(1, events.size());
        assertNull(events.get(0).detail, "the audit never holds the note");
        assertEquals("notes-head", events.get(0).actorSubject);

        String page = given().get(response.header("Location").replaceFirst("^https?://[^/]+", "").replace("#notes", ""))
                .then().statusCode(200).extract().asString();
        assertTrue(page.contains("id=\"notes\""), "the dossier page holds the notes: " + page);
        assertTrue(page.contains("Appeler l’employeur avant le jury."), page);
    }

    @Test
    @TestSecurity(user = "notes-secretariat", roles = "secretariat")
    void aBlankOrTooLongNoteIsRefusedOnAPageThatKeepsWhatWasTyped() {
        QuarkusMock.installMockForType(new MutableClock(NOW), AppClock.class);
        Long id = dossier(Level.M1, ApplicationStatus.SUBMITTED, "Refus " + word());
        WorkspaceFixtures.note(id, "Première note de l’équipe.");
        WorkspaceFixtures.tag(id, "vap");

        Response blank = post("/dossiers/" + id + "/notes", "note", "   ");
        assertEquals(400, blank.statusCode());
        assertTrue(blank.asString().contains("href=\"#note\""), blank.asString());
        String typed = "Relire le projet de recherche. ".repeat(70);  // 2,170 characters
        Response tooLong = post("/dossiers/" + id + "/notes", "note", typed);
        assertEquals(400, tooLong.statusCode());
        String html = tooLong.asString();
        assertTrue(html.contains("2 000 caractères au maximum"), "the limit is named: " + html);
        assertTrue(html.contains(typed.strip()), "the text typed comes back");
        // the page shows the dossier's notes with their author and Paris time, and its labels
        assertTrue(html.contains("Première note de l’équipe."), html);
        assertTrue(html.contains("Par Responsable Test"), html);
        assertTrue(html.contains("1 mars 2027 à 10:00"), "09:00 UTC is 10:00 in Paris: " + html);
        assertTrue(html.contains("Retirer l’étiquette vap"), html);
        assertFalse(html.contains("NOT_FOUND"), html);
        assertEquals(1, notes(id).size(), "nothing written");
        assertTrue(audit(id, AuditLog.NOTE_ADDED).isEmpty());
        Screenshots.take("notes-erreur", html, 1400);
        assertEquals(List.of(), new HtmlChecker().errors(html), "the page is valid HTML");

        String english = FormPost.from("/recherche").cookie("ieps-lang", "en")
                .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("note", "")
                .post("/dossiers/" + id + "/notes").asString();
        assertTrue(english.contains("notes and labels"), english);
        assertTrue(english.contains("By Responsable Test"), english);
        assertFalse(english.contains("NOT_FOUND"), english);
    }

    @Test
    @TestSecurity(user = "notes-admin", roles = "admin")
    void labelsAreNormalizedAddedOnceAndRemoved() {
        Long id = dossier(Level.M2, ApplicationStatus.COMPLETE, "Etiquette " + word());
        assertEquals(303, post("/dossiers/" + id + "/etiquettes", "etiquette", "  À   Rappeler ").statusCode());
        assertEquals(303, post("/dossiers/" + id + "/etiquettes", "etiquette", "à rappeler").statusCode());
        assertEquals(303, post("/dossiers/" + id + "/etiquettes", "etiquette", "Dossier VAP").statusCode());
        assertEquals(List.of("dossier vap", "à rappeler"), labels(id));
        assertEquals(List.of("à rappeler", "dossier vap"), audit(id, AuditLog.TAG_ADDED).stream().map(e -> e.detail)
                .toList(), "a label added again changes nothing and is not recorded twice");

        Long tagId = QuarkusTransaction.requiringNew().call(() -> DossierTag.of(id).get(0).id);
        Response removed = post("/dossiers/" + id + "/etiquettes/" + tagId + "/retirer", "x", "");
        assertEquals(303, removed.statusCode());
        assertTrue(removed.header("Location").endsWith("?ok=tagRemoved#notes"));
        assertEquals(List.of("à rappeler"), labels(id));
        assertEquals(List.of("dossier vap"), audit(id, AuditLog.TAG_REMOVED).stream().map(e -> e.detail).toList());
        // a second click changes nothing
        assertEquals(303, post("/dossiers/" + id + "/etiquettes/" + tagId + "/retirer", "x", "").statusCode());
        assertEquals(1, audit(id, AuditLog.TAG_REMOVED).size());
    }

    @Test
    @TestSecurity(user = "notes-head", roles = "head")
    void aLabelOfAnotherDossierIsNeverRemovedThroughThisOne() {
        Long mine = dossier(Level.M1, ApplicationStatus.SUBMITTED, "Mien " + word());
        Long other = dossier(Level.M1, ApplicationStatus.SUBMITTED, "Autre " + word());
        WorkspaceFixtures.tag(other, "prioritaire");
        Long otherTag = QuarkusTransaction.requiringNew().call(() -> DossierTag.of(other).get(0).id);
        post("/dossiers/" + mine + "/etiquettes/" + otherTag + "/retirer", "x", "");
        assertEquals(List.of("prioritaire"), labels(other));
    }

    @Test
    @TestSecurity(user = "notes-secretariat", roles = "secretariat")
    void aWrongLabelIsRefusedAndShownAgain() {
        Long id = dossier(Level.M2, ApplicationStatus.SUBMITTED, "Mauvaise " + word());
        Response characters = post("/dossiers/" + id + "/etiquettes", "etiquette", "<b>urgent</b>");
        assertEquals(400, characters.statusCode());
        assertTrue(characters.asString().contains("Une étiquette ne contient que des lettres"), characters.asString());
        assertTrue(characters.asString().contains("value=\"&lt;b&gt;urgent&lt;/b&gt;\""), characters.asString());
        Response tooLong = post("/dossiers/" + id + "/etiquettes", "etiquette", "a".repeat(31));
        assertEquals(400, tooLong.statusCode());
        assertTrue(tooLong.asString().contains("30"), tooLong.asString());
        assertEquals(400, post("/dossiers/" + id + "/etiquettes", "etiquette", " ").statusCode());
        assertTrue(labels(id).isEmpty());

        for (int i = 0; i < DossierTag.MAX_PER_DOSSIER; i++) {
            WorkspaceFixtures.tag(id, "lot " + i);
        }
        Response tooMany = post("/dossiers/" + id + "/etiquettes", "etiquette", "encore");
        assertEquals(400, tooMany.statusCode());
        assertTrue(tooMany.asString().contains("déjà 20 étiquettes"), tooMany.asString());
        assertEquals(DossierTag.MAX_PER_DOSSIER, labels(id).size());
    }

    @Test
    @TestSecurity(user = "notes-head", roles = "head")
    void aDraftOrAnUnknownDossierHasNoNotes() {
        Long draft = dossier(Level.M1, ApplicationStatus.DRAFT, "Brouillon " + word());
        assertEquals(404, post("/dossiers/" + draft + "/notes", "note", "Texte").statusCode());
        assertEquals(404, post("/dossiers/999999999/etiquettes", "etiquette", "vap").statusCode());
        assertTrue(notes(draft).isEmpty());
    }

    @Test
    @TestSecurity(user = "notes-reviewer", roles = "reviewer")
    void aReviewerNeitherWritesNorReadsNotes() {
        Long id = dossier(Level.M1, ApplicationStatus.UNDER_REVIEW, "Relecteur " + word());
        Response response = FormPost.from("/evaluation").contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("note", "Avis").post("/dossiers/" + id + "/notes");
        assertEquals(403, response.statusCode());
        assertTrue(notes(id).isEmpty());
        assertNull(QuarkusTransaction.requiringNew().call(() -> service.view(id, null)),
                "the dossier view shows a reviewer no notes");
    }

    @Test
    @TestSecurity(user = CANDIDATE, roles = "candidate")
    void theCandidateNeverSeesTheNotesOrLabelsOfTheirDossier() {
        String secret = "Secret-" + word();
        Long id = dossier(CANDIDATE, Level.M2, ApplicationStatus.UNDER_REVIEW, EntryRoute.INITIALE, "Candidat",
                "Noé", CANDIDATE + "@example.fr");
        WorkspaceFixtures.note(id, "Note " + secret);
        WorkspaceFixtures.tag(id, "etiq-" + secret.substring(7, 20).toLowerCase());
        String label = "etiq-" + secret.substring(7, 20).toLowerCase();
        Response forged = FormPost.from("/candidatures").contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("note", "Moi").post("/dossiers/" + id + "/notes");
        assertEquals(403, forged.statusCode());
        for (String page : List.of("/candidatures", "/candidatures/" + id, "/candidatures/" + id + "/dossier",
                "/candidatures/" + id + "/pieces", "/api/me/applications", "/api/me/applications/" + id + "/documents",
                "/recherche?q=" + label)) {
            Response response = given().get(page);
            String body = response.asString();
            assertFalse(body.contains(secret), page + " shows the note");
            if (!page.startsWith("/recherche")) {  // a refused page repeats its own address in the language switch
                assertFalse(body.contains(label), page + " shows the label");
            }
            if (!page.startsWith("/recherche")) {
                assertEquals(200, response.statusCode(), page + " is the candidate's own: " + body);
            }
        }
    }

    @Test
    @TestSecurity(user = "notes-export", roles = "secretariat")
    void theDefaultExportsHoldNeitherNotesNorLabels() throws IOException {
        String secret = "Confidentiel-" + word();
        Long id = dossier(Level.M2, ApplicationStatus.UNDER_REVIEW, "Export " + word());
        WorkspaceFixtures.note(id, secret);
        WorkspaceFixtures.tag(id, "x" + secret.substring(13, 25).toLowerCase());
        String label = "x" + secret.substring(13, 25).toLowerCase();
        String reference = WorkspaceFixtures.reference(id);

        String csv = new String(given().get("/secretariat/exports/M2/candidatures/csv").then().statusCode(200)
                .extract().asByteArray(), StandardCharsets.UTF_8);
        assertTrue(csv.contains(reference), "the dossier is in the export: " + csv.length());
        assertFalse(csv.contains(secret));
        assertFalse(csv.contains(label));

        byte[] xlsx = given().get("/secretariat/exports/M2/candidatures/xlsx").then().statusCode(200).extract().asByteArray();
        StringBuilder cells = new StringBuilder();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        cells.append(cell.toString()).append('\t');
                    }
                }
            }
        }
        assertTrue(cells.toString().contains(reference));
        assertFalse(cells.toString().contains(secret));
        assertFalse(cells.toString().contains(label));
    }
}
