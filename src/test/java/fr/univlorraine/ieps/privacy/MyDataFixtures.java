package fr.univlorraine.ieps.privacy;

import fr.univlorraine.ieps.TestIds;
import fr.univlorraine.ieps.campaign.Campaign;
import fr.univlorraine.ieps.campaign.Level;
import fr.univlorraine.ieps.campaign.Track;
import fr.univlorraine.ieps.decision.DecisionFixtures;
import fr.univlorraine.ieps.documents.DocumentStorage;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * A candidate with rows in every table the registry names as personal, written in plain SQL so that each table gets
 * one for sure: a dossier submitted and refused on a track whose decisions are published (with the staff's working
 * material, a piece with its file, a mail, a login session...), and a draft on a track not published yet (with a note
 * and a decision in draft, which the archive must not give). Every text holds the candidate's marker.
 */
final class MyDataFixtures {

    /** The tracks the fixtures use: one with its decisions published, one without, of a campaign of the past. */
    private static Track published;
    private static Track unpublished;

    /** What a fixture made: the candidate, their marker (in every text), their dossiers and piece. */
    record Candidate(String subject, String email, String marker, Long submitted, Long draft, String storedName,
            byte[] pieceBytes, String draftStoredName) {
    }

    private MyDataFixtures() {
    }

    static synchronized void tracks() {
        if (published == null) {
            Campaign campaign = DecisionFixtures.campaign(19, 10);
            DecisionFixtures.retire(campaign);
            published = DecisionFixtures.track(campaign, Level.M2);
            unpublished = DecisionFixtures.track(campaign, Level.M1);
            QuarkusTransaction.requiringNew().run(() -> em().createNativeQuery(
                    "update track set published_at = ?1 where id = ?2").setParameter(1, ts(Instant.parse("2028-06-01T08:00:00Z")))
                    .setParameter(2, published.id).executeUpdate());
        }
    }

    /** A candidate with a refused dossier (rows in every personal table) and a draft with a piece. */
    static Candidate candidate(String subject) throws Exception {
        tracks();
        String marker = TestIds.unique("MARK");
        String email = subject + "@example.fr";
        DocumentStorage storage = Arc.container().instance(DocumentStorage.class).get();
        byte[] bytes = ("%PDF-1.4 piece of " + marker).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Path temp = Files.write(Files.createTempFile("mydata", ".pdf"), bytes);
        DocumentStorage.StoredFile file = storage.store(temp);
        Path temp2 = Files.write(Files.createTempFile("mydata", ".pdf"), bytes);
        DocumentStorage.StoredFile draftFile = storage.store(temp2);
        Files.deleteIfExists(temp);
        Files.deleteIfExists(temp2);
        Long[] ids = QuarkusTransaction.requiringNew().call(() -> {
            Instant at = Instant.parse("2028-03-01T09:00:00Z");
            Long submitted = application(subject, email, marker, published.id, "REJECTED", "R" + marker.substring(4, 16));
            Long draft = application(subject, email, marker, unpublished.id, "DRAFT", null);
            long type = ((Number) em().createNativeQuery("select min(id) from document_type").getSingleResult()).longValue();
            long motive = ((Number) em().createNativeQuery("select min(id) from refusal_motive").getSingleResult()).longValue();
            long criterion = ((Number) em().createNativeQuery("select min(id) from rubric_criterion where campaign_id = ?1")
                    .setParameter(1, published.campaign.id).getSingleResult()).longValue();
            sql("insert into application_degree (application_id, position, title, institution, degree_year) values (?1, 0, ?2, 'Université de Lorraine', 2025)", submitted, "Licence " + marker);
            sql("insert into application_experience (application_id, position, job_title, organisation) values (?1, 0, ?2, 'CCAS')", submitted, "Stage " + marker);
            sql("insert into application_theme (application_id, theme) values (?1, 'POVERTY')", submitted);
            sql("insert into application_event (application_id, occurred_at, actor_subject, actor_name, actor_role, transition, from_status, to_status, reason) values (?1, ?2, ?3, 'Claire Staff', 'HEAD', 'REJECT', 'UNDER_REVIEW', 'REJECTED', ?4)", submitted, ts(at), "staff-" + marker, "Raison " + marker);
            sql("insert into application_document (application_id, document_type_id, status, original_name, stored_name, media_type, size_bytes, sha256, uploaded_at, uploaded_by) values (?1, ?2, 'VALIDATED', ?3, ?4, 'application/pdf', ?5, ?6, ?7, ?8)", submitted, type, "cv-" + marker + ".pdf", file.storedName(), file.size(), file.sha256(), ts(at), subject);
            sql("insert into application_document (application_id, document_type_id, status, original_name, stored_name, media_type, size_bytes, sha256, uploaded_at, uploaded_by) values (?1, ?2, 'PENDING', ?3, ?4, 'application/pdf', ?5, ?6, ?7, ?8)", draft, type, "cv-brouillon-" + marker + ".pdf", draftFile.storedName(), draftFile.size(), draftFile.sha256(), ts(at), subject);
            sql("insert into document_event (application_id, document_type_id, occurred_at, actor_subject, actor_role, action, file_name) values (?1, ?2, ?3, ?4, 'CANDIDATE', 'UPLOADED', ?5)", submitted, type, ts(at), subject, "cv-" + marker + ".pdf");
            sql("insert into document_event (application_id, document_type_id, occurred_at, actor_subject, actor_role, action, file_name) values (?1, ?2, ?3, ?4, 'CANDIDATE', 'UPLOADED', ?5)", draft, type, ts(at), subject, "cv-brouillon-" + marker + ".pdf");
            sql("insert into enrolment_sheet (application_id, civility, birth_date, birth_place, nationality, street, postal_code, city, country, last_diploma, last_diploma_institution, last_diploma_year, completed_at, updated_at) values (?1, 'MME', DATE '2001-02-03', ?2, 'française', '1 rue', '57000', 'Metz', 'France', 'Licence', 'UL', 2025, ?3, ?3)", submitted, "Metz " + marker, ts(at));
            sql("insert into continuation (application_id, track_id, state, changed_at, changed_by_name, note) values (?1, ?2, 'PENDING', ?3, 'Staff', ?4)", submitted, published.id, ts(at), "Note " + marker);
            sql("insert into dossier_message (application_id, author_side, author_subject, author_name, sent_at, body) values (?1, 'CANDIDATE', ?2, 'Moi', ?3, ?4)", submitted, subject, ts(at), "Message " + marker);
            sql("insert into dossier_message (application_id, author_side, author_subject, author_name, sent_at, body) values (?1, 'STAFF', 'staff-x', 'Claire', ?2, ?3)", draft, ts(at), "Message brouillon " + marker);
            sql("insert into staff_note (application_id, author_subject, author_name, created_at, body) values (?1, 'staff-x', 'Claire Staff', ?2, ?3)", submitted, ts(at), "Note publiée " + marker);
            sql("insert into staff_note (application_id, author_subject, author_name, created_at, body) values (?1, 'staff-x', 'Claire Staff', ?2, ?3)", draft, ts(at), "NOTE-PAS-PUBLIEE " + marker);
            sql("insert into dossier_tag (application_id, label, added_by, added_at) values (?1, ?2, 'staff-x', ?3)", submitted, marker.toLowerCase(), ts(at));
            String memberEmail = marker.toLowerCase() + "@univ.example";
            sql("insert into team_member (full_name, email, max_dossiers) values ('Lecteur Test', ?1, 5)", memberEmail);
            long member = ((Number) em().createNativeQuery("select id from team_member where email = ?1").setParameter(1, memberEmail)
                    .getSingleResult()).longValue();
            sql("insert into review (application_id, member_id, status, assigned_at, assigned_by, comment, recommendation, score, submitted_at, updated_at) values (?1, ?2, 'SUBMITTED', ?3, 'head-x', ?4, 'REJECT', 8.5, ?3, ?3)", submitted, member, ts(at), "Avis " + marker);
            long review = ((Number) em().createNativeQuery("select id from review where application_id = ?1").setParameter(1, submitted)
                    .getSingleResult()).longValue();
            sql("insert into review_score (review_id, criterion_id, level) values (?1, ?2, 2)", review, criterion);
            sql("insert into rank_position (application_id, track_id, position, decided) values (?1, ?2, 7, true)", submitted, published.id);
            sql("insert into rank_change (track_id, application_id, from_position, to_position, reason, actor_subject, actor_name, occurred_at) values (?1, ?2, 3, 7, ?3, 'head-x', 'Cheffe', ?4)", published.id, submitted, "Déplacé " + marker, ts(at));
            sql("insert into decision (application_id, kind, motive_id, motive_text, prepared_by, prepared_at, published_at) values (?1, 'REJECT', ?2, ?3, 'head-x', ?4, ?4)", submitted, motive, "Motif " + marker, ts(at));
            sql("insert into decision (application_id, kind, prepared_by, prepared_at) values (?1, 'ADMIT', 'head-x', ?2)", draft, ts(at));
            sql("insert into offer (application_id, track_id, offered_at, deadline, closed_at, outcome) values (?1, ?2, ?3, ?3, ?3, 'DECLINED')", submitted, published.id, ts(at));
            sql("insert into motive_request (application_id, requested_at, due_on, answer, answered_at, answered_by) values (?1, ?2, DATE '2028-04-01', ?3, ?2, 'head-x')", submitted, ts(at), "Réponse " + marker);
            sql("insert into mail_outbox (kind, application_id, recipient, lang, reference, state, attempts, created_at, next_attempt_at, sent_at) values ('DECISION', ?1, ?2, 'fr', ?3, 'SENT', 1, ?4, ?4, ?4)", submitted, email, marker, ts(at));
            sql("insert into mail_outbox (kind, application_id, recipient, lang, state, attempts, created_at, next_attempt_at) values ('MESSAGE_WAITING', ?1, ?2, 'fr', 'PENDING', 0, ?3, ?3)", draft, email, ts(at));
            sql("insert into mail_outbox (kind, application_id, recipient, lang, reference, state, attempts, created_at, next_attempt_at, sent_at) values ('DATA_DOWNLOADED', null, ?1, 'fr', ?2, 'SENT', 1, ?3, ?3, ?3)", email, marker, ts(at));
            sql("insert into platform_invitation (application_id, token_hash, email, invited_at, invited_by, expires_at, used_at, used_by) values (?1, ?2, ?3, ?4, 'head-x', ?4, ?4, ?5)", submitted, marker + "-hash", email, ts(at), subject);
            sql("insert into platform_pdf_import (track_id, zip_name, imported_at, imported_by, stored, replaced, unchanged, refused) values (?1, ?2, ?3, 'head-x', 1, 0, 0, 0)", published.id, marker + ".zip", ts(at));
            long pdfImport = ((Number) em().createNativeQuery("select id from platform_pdf_import where zip_name = ?1")
                    .setParameter(1, marker + ".zip").getSingleResult()).longValue();
            sql("insert into platform_pdf_import_line (import_id, position, file_name, outcome, application_id) values (?1, 1, ?2, 'STORED', ?3)", pdfImport, marker + ".pdf", submitted);
            sql("insert into minimized_dossier (application_id, minimized_at) values (?1, ?2)", submitted, ts(at));
            // through the chain, as the app writes it: a line slipped in by SQL would break the audit trail's check
            fr.univlorraine.ieps.audit.AuditLines.write("staff-x", "Claire Staff", "secretariat",
                    fr.univlorraine.ieps.audit.AuditAction.VIEW_DOSSIER, submitted, at, "Détail " + marker);
            sql("insert into login_session (key_hash, binding_hash, subject, idp_session, tokens, created_at, refreshed_at, expires_at) values (?1, ?2, ?3, 'sid', ?4, ?5, ?5, ?5)", marker + "-key", marker + "-binding", subject, "TOKENS-" + marker, ts(at));
            return new Long[] {submitted, draft};
        });
        return new Candidate(subject, email, marker, ids[0], ids[1], file.storedName(), bytes, draftFile.storedName());
    }

    /** A dossier of the candidate in this status on the published track, with nothing else. */
    static Long dossier(String subject, String status) {
        tracks();
        return QuarkusTransaction.requiringNew().call(() -> application(subject, subject + "@example.fr",
                TestIds.unique("M"), published.id, status, "DOS-" + TestIds.digits(9)));
    }

    private static Long application(String subject, String email, String marker, Long trackId, String status,
            String reference) {
        Instant at = Instant.parse("2028-02-01T09:00:00Z");
        if ("DRAFT".equals(status)) {
            sql("insert into application (track_id, candidate_subject, status, entry_route, first_name, last_name, email, created_at, updated_at) values (?1, ?2, 'DRAFT', 'INITIALE', 'Camille', ?3, ?4, ?5, ?5)",
                    trackId, subject, "Nom " + marker, email, ts(at));
        } else {
            sql("insert into application (track_id, candidate_subject, reference, status, entry_route, first_name, last_name, email, created_at, updated_at, submitted_at) values (?1, ?2, ?3, ?4, 'INITIALE', 'Camille', ?5, ?6, ?7, ?7, ?7)",
                    trackId, subject, reference, status, "Nom " + marker, email, ts(at));
        }
        return ((Number) em().createNativeQuery("select max(id) from application where candidate_subject = ?1")
                .setParameter(1, subject).getSingleResult()).longValue();
    }

    /** The number of rows a table holds for these dossiers. */
    static long rows(String table, List<Long> applicationIds) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em().createNativeQuery(
                "select count(*) from " + table + " where application_id in (?1)").setParameter(1, applicationIds)
                .getSingleResult()).longValue());
    }

    static Object value(String sql, Object... parameters) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = em().createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            List<?> result = query.getResultList();
            return result.isEmpty() ? null : result.get(0);
        });
    }

    private static void sql(String sql, Object... parameters) {
        var query = em().createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        query.executeUpdate();
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }

    private static EntityManager em() {
        return Arc.container().instance(EntityManager.class).get();
    }
}
