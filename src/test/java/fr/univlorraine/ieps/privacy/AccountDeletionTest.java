package fr.univlorraine.ieps.privacy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.univlorraine.ieps.FormPost;
import fr.univlorraine.ieps.audit.AuditLog;
import fr.univlorraine.ieps.documents.DocumentStorage;
import fr.univlorraine.ieps.web.Screenshots;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A candidate deletes their account: drafts go with every row and file, submitted dossiers stay without their owner,
 * nobody else is touched; the deletion is logged and confirmed by mail; nothing happens without the ticked box or
 * while a dossier is still in the selection.
 */
@QuarkusTest
class AccountDeletionTest {

    static final String LEAVER = "rights-leaver";
    static final String OTHER = "rights-stayer";

    @Inject
    DocumentStorage storage;

    @Inject
    fr.univlorraine.ieps.notification.MailOutbox outbox;

    @Inject
    io.quarkus.mailer.MockMailbox mailbox;

    @Test
    @TestSecurity(user = LEAVER, roles = "candidate", attributes = @SecurityAttribute(key = "email", value = "leaver@example.fr"))
    void deletionRemovesTheDraftsWithTheirRowsAndFilesAndKeepsTheSubmittedDossiersWithoutTheirOwner() throws Exception {
        MyDataFixtures.Candidate me = MyDataFixtures.candidate(LEAVER);
        MyDataFixtures.Candidate other = MyDataFixtures.candidate(OTHER);
        long mailsOfKept = MyDataFixtures.rows("mail_outbox", List.of(me.submitted()));
        // a mail owed and not sent yet about the kept dossier: it would reach someone who left
        insertPendingMail(me.submitted(), me.email());

        given().redirects().follow(false).cookie("ieps-lang", "en").formParam("csrf-token", FormPost.token("/mes-donnees"))
                .formParam("confirm", "on").post("/mes-donnees/suppression")
                .then().statusCode(303).header("Location", endsWith("/deconnexion"));

        // the draft: every row of every table that names a dossier, and its file
        for (String table : tablesWithApplicationId()) {
            assertEquals(0, MyDataFixtures.rows(table, List.of(me.draft())), "a row of the draft left in " + table);
        }
        assertEquals(0L, count("select count(*) from application where id = ?1", me.draft()));
        assertFalse(storage.exists(me.draftStoredName()), "the draft's file is gone");
        // the submitted dossier stays, with its piece, without its owner; its pending mail is gone, the sent one stays
        assertEquals(1L, count("select count(*) from application where id = ?1 and candidate_subject is null", me.submitted()));
        assertTrue(storage.exists(me.storedName()), "the submitted dossier keeps its piece");
        assertEquals(mailsOfKept, MyDataFixtures.rows("mail_outbox", List.of(me.submitted())));
        assertNull(MyDataFixtures.value("select used_by from platform_invitation where application_id = ?1", me.submitted()));
        assertEquals(0L, count("select count(*) from application where candidate_subject = ?1", LEAVER));
        // the other candidate is untouched
        assertEquals(2L, count("select count(*) from application where candidate_subject = ?1", OTHER));
        assertEquals(1L, MyDataFixtures.rows("application_document", List.of(other.draft())));
        assertTrue(storage.exists(other.draftStoredName()) && storage.exists(other.storedName()));
        // logged with counts only, and confirmed by mail to the login's address
        assertEquals("drafts deleted: 1, dossiers kept: 1", MyDataFixtures.value(
                "select detail from audit_event where action = ?1 and actor_subject = ?2", AuditLog.ACCOUNT_DELETED, LEAVER));
        assertEquals(1L, count("select count(*) from mail_outbox where kind = 'ACCOUNT_DELETED' and recipient = ?1 "
                + "and application_id is null", "leaver@example.fr"));
        // in the language of the page it was asked from
        outbox.sendDue();
        var sent = mailbox.getMailsSentTo("leaver@example.fr");
        assertEquals(1, sent.size());
        assertEquals("Your account has been deleted", sent.get(0).getSubject());
        assertTrue(sent.get(0).getText().contains("You will receive no more e-mails") && !sent.get(0).getText().contains("{"));
        // signed in again with the same login, the candidate finds nothing of theirs
        given().get("/mes-donnees").then().statusCode(200).body(containsString("Vous n’avez aucun dossier"));
    }

    @Test
    @TestSecurity(user = "rights-unticked", roles = "candidate")
    void theBoxMustBeTickedAndNothingChangesWithout() {
        Long draft = MyDataFixtures.dossier("rights-unticked", "DRAFT");
        String page = FormPost.from("/mes-donnees").post("/mes-donnees/suppression").then().statusCode(400)
                .extract().asString();
        assertTrue(page.contains("Cochez la case pour confirmer") && page.contains("href=\"#confirm\""), "the error, linked");
        assertTrue(page.contains("aria-invalid=\"true\""));
        assertEquals(1L, count("select count(*) from application where id = ?1 and candidate_subject = ?2", draft,
                "rights-unticked"));
        assertEquals(0L, count("select count(*) from audit_event where action = ?1 and actor_subject = ?2",
                AuditLog.ACCOUNT_DELETED, "rights-unticked"));
        if (Screenshots.enabled()) {
            Screenshots.take("mes-donnees-non-cochee", page, 2600);
        }
    }

    @Test
    @TestSecurity(user = "rights-in-progress", roles = "candidate")
    void aDossierStillInTheSelectionForbidsTheDeletion() {
        Long draft = MyDataFixtures.dossier("rights-in-progress", "DRAFT");
        Long submitted = MyDataFixtures.dossier("rights-in-progress", "UNDER_REVIEW");
        String page = given().get("/mes-donnees").then().statusCode(200).extract().asString();
        assertFalse(page.contains("action=\"/mes-donnees/suppression\""), "no form to delete while a dossier is in the selection");
        assertTrue(page.contains("Retirez d’abord ce dossier"));
        String refused = FormPost.from("/mes-donnees")
                .formParam("confirm", "on").post("/mes-donnees/suppression").then().statusCode(409).extract().asString();
        assertTrue(refused.contains("Un de vos dossiers est en cours de sélection"));
        assertEquals(2L, count("select count(*) from application where id in (?1, ?2) and candidate_subject = ?3", draft,
                submitted, "rights-in-progress"));
    }

    @Test
    @TestSecurity(user = "rights-staff", roles = "secretariat")
    void theStaffCannotPostTheDeletion() {
        given().redirects().follow(false).formParam("confirm", "on").post("/mes-donnees/suppression")
                .then().statusCode(403);
    }

    private static void insertPendingMail(Long applicationId, String email) {
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> io.quarkus.arc.Arc.container()
                .instance(jakarta.persistence.EntityManager.class).get().createNativeQuery(
                        "insert into mail_outbox (kind, application_id, recipient, lang, state, attempts, created_at, "
                                + "next_attempt_at) values ('MESSAGE_WAITING', ?1, ?2, 'fr', 'PENDING', 0, "
                                + "current_timestamp, current_timestamp)")
                .setParameter(1, applicationId).setParameter(2, email).executeUpdate());
    }

    /** Every table with a column application_id, as the database has it. */
    @SuppressWarnings("unchecked")
    private static List<String> tablesWithApplicationId() {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> (List<String>) io.quarkus.arc.Arc
                .container().instance(jakarta.persistence.EntityManager.class).get().createNativeQuery(
                        "select lower(table_name) from information_schema.columns where lower(column_name) = 'application_id' "
                                + "and lower(table_schema) = 'public'").getResultList());
    }

    private static long count(String sql, Object... parameters) {
        return ((Number) MyDataFixtures.value(sql, parameters)).longValue();
    }
}
