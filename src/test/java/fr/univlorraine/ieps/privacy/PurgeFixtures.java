package fr.univlorraine.ieps.privacy;

import fr.univlorraine.ieps.TestIds;
import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.application.ApplicationEvent;
import fr.univlorraine.ieps.application.ApplicationOrigin;
import fr.univlorraine.ieps.application.ApplicationStatus;
import fr.univlorraine.ieps.application.Degree;
import fr.univlorraine.ieps.application.EntryRoute;
import fr.univlorraine.ieps.application.Experience;
import fr.univlorraine.ieps.application.PlatformOutcome;
import fr.univlorraine.ieps.application.ResearchTheme;
import fr.univlorraine.ieps.campaign.Level;
import fr.univlorraine.ieps.campaign.Track;
import fr.univlorraine.ieps.decision.DecisionFixtures;
import fr.univlorraine.ieps.documents.DocumentStorage;
import fr.univlorraine.ieps.kernel.Actor;
import fr.univlorraine.ieps.review.ReviewFixtures;
import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Dossiers of a test campaign with a row in every table that holds a dossier's data, and real files in the documents
 * folder, for the purge tests to count before and after.
 */
final class PurgeFixtures {

    /** Every table that holds a dossier's rows, with the count of one dossier's (?1: its id, or its review's for the scores). */
    static final Map<String, String> COUNTS = new LinkedHashMap<>();

    static {
        for (String table : List.of("application", "application_degree", "application_experience", "application_theme",
                "application_event", "application_document", "document_event", "review", "rank_position", "rank_change",
                "decision", "offer", "motive_request", "mail_outbox", "staff_digest_item", "staff_note", "dossier_tag",
                "dossier_message", "enrolment_sheet", "continuation", "platform_invitation", "platform_pdf_import_line",
                "minimized_dossier")) {
            COUNTS.put(table, "select count(*) from " + table + " where " + (table.equals("application") ? "id" : "application_id") + " = ?1");
        }
        COUNTS.put("review_score", "select count(*) from review_score where review_id = ?1");
    }

    /** A dossier made by the fixtures: its id, its review's id and its files' stored names. */
    record Made(Long id, Long reviewId, List<String> files) {
    }

    private PurgeFixtures() {
    }

    /** A dossier of the track in this status with the form's lists filled, and nothing else yet. */
    static Long dossier(Track track, ApplicationStatus status, String prefix) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Application a = new Application();
            a.track = Track.findById(track.id);
            a.candidateSubject = TestIds.unique(prefix + "-");
            a.status = status;
            a.liveTrackId = status.isLive() ? track.id : null;
            a.entryRoute = EntryRoute.INITIALE;
            a.firstName = "Zoé";
            a.lastName = "Purge";
            a.email = a.candidateSubject + "@example.fr";
            a.phone = "0601020304";
            a.address = "1 rue des Clercs";
            a.city = "Metz";
            a.professionalProject = "Projet professionnel";
            a.researchProject = "Projet de recherche";
            a.reference = status == ApplicationStatus.DRAFT ? null : TestIds.unique("P-");
            a.createdAt = DecisionFixtures.START.minusSeconds(86400L * 100);
            a.updatedAt = a.createdAt;
            a.submittedAt = status == ApplicationStatus.DRAFT ? null : a.createdAt;
            var degree = new Degree();
            degree.title = "Licence de sociologie";
            a.degrees.add(degree);
            var experience = new Experience();
            experience.jobTitle = "Animatrice";
            a.experiences.add(experience);
            a.themes.add(ResearchTheme.POVERTY);
            a.persist();
            var event = new ApplicationEvent();
            event.application = a;
            event.occurredAt = a.createdAt;
            event.actorSubject = a.candidateSubject;
            event.actorRole = Actor.CANDIDATE;
            event.toStatus = ApplicationStatus.DRAFT;
            event.persist();
            return a.id;
        });
    }

    /** Imports the dossier from the national platform, with this outcome. */
    static void imported(Long id, PlatformOutcome outcome) {
        QuarkusTransaction.requiringNew().run(() -> {
            Application a = Application.findById(id);
            a.origin = ApplicationOrigin.PLATFORM;
            a.candidateSubject = null;
            a.liveTrackId = null;
            a.platformNumber = TestIds.unique("MM");
            a.platformOutcome = outcome;
        });
    }

    /** The enrolment confirmed at this instant (the dossier must be ENROLLED). */
    static void enrolledAt(Long id, Instant at) {
        QuarkusTransaction.requiringNew().run(() -> {
            var event = new ApplicationEvent();
            event.application = Application.findById(id);
            event.occurredAt = at;
            event.actorSubject = "purge-secretariat";
            event.actorRole = Actor.SECRETARIAT;
            event.fromStatus = ApplicationStatus.ACCEPTED;
            event.toStatus = ApplicationStatus.ENROLLED;
            event.persist();
        });
    }

    /** A row in every table of a dossier and {@code files} real files; m2: the track it continues in. */
    static Made everything(Long id, Track track, Track m2, int files) {
        DocumentStorage storage = Arc.container().instance(DocumentStorage.class).get();
        List<String> stored = new ArrayList<>();
        try {
            Path source = Files.write(Files.createTempFile("purge", ".pdf"), "%PDF-1.4 purge test".getBytes());
            for (int i = 0; i < files; i++) {
                stored.add(storage.store(source).storedName());
            }
            Files.delete(source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Long member = ReviewFixtures.member(TestIds.unique("purge-reviewer-"));
        String contact = TestIds.unique("purge-staff-");
        Long reviewId = QuarkusTransaction.requiringNew().call(() -> {
            var em = Panache.getEntityManager();
            List<?> types = em.createNativeQuery("select id from document_type order by position").getResultList();
            for (int i = 0; i < stored.size(); i++) {
                Object type = types.get(i);
                em.createNativeQuery("insert into application_document (application_id, document_type_id, status, original_name,"
                        + " stored_name, media_type, size_bytes, sha256, uploaded_at, uploaded_by) values (?1, ?2, 'PENDING',"
                        + " 'piece.pdf', ?3, 'application/pdf', 19, 'x', current_timestamp, 'c')")
                        .setParameter(1, id).setParameter(2, type).setParameter(3, stored.get(i)).executeUpdate();
                em.createNativeQuery("insert into document_event (application_id, document_type_id, occurred_at, actor_subject,"
                        + " actor_role, action) values (?1, ?2, current_timestamp, 'c', 'CANDIDATE', 'UPLOADED')")
                        .setParameter(1, id).setParameter(2, type).executeUpdate();
            }
            run(em, "insert into review (application_id, member_id, status, assigned_at, assigned_by, updated_at)"
                    + " values (?1, ?2, 'SUBMITTED', current_timestamp, 'h', current_timestamp)", id, member);
            Long review = ((Number) em.createNativeQuery("select id from review where application_id = ?1")
                    .setParameter(1, id).getSingleResult()).longValue();
            run(em, "insert into review_score (review_id, criterion_id, level) select ?1, min(id), 3 from rubric_criterion"
                    + " where campaign_id = ?2", review, track.campaign.id);
            run(em, "insert into rank_position (application_id, track_id, position, decided) values (?1, ?2, 1, true)", id, track.id);
            run(em, "insert into rank_change (track_id, application_id, from_position, to_position, reason, actor_subject,"
                    + " occurred_at) values (?2, ?1, 2, 1, 'raison', 'h', current_timestamp)", id, track.id);
            run(em, "insert into decision (application_id, kind, prepared_by, prepared_at, published_at)"
                    + " values (?1, 'ADMIT', 'h', current_timestamp, current_timestamp)", id);
            // closed, answered, read, digested: rows no job or counter of the other tests picks up
            run(em, "insert into offer (application_id, track_id, offered_at, deadline, closed_at, outcome) values (?1, ?2,"
                    + " current_timestamp, current_timestamp, current_timestamp, 'ACCEPTED')", id, track.id);
            run(em, "insert into motive_request (application_id, requested_at, due_on, answer, answered_at, answered_by)"
                    + " values (?1, current_timestamp, current_date, 'Motifs', current_timestamp, 'h')", id);
            run(em, "insert into mail_outbox (kind, application_id, recipient, lang, state, attempts, created_at, next_attempt_at,"
                    + " claimed_at, sent_at) values ('RECEIPT', ?1, 'zoe@example.fr', 'fr', 'SENT', 1, current_timestamp,"
                    + " current_timestamp, current_timestamp, current_timestamp)", id);
            run(em, "insert into staff_contact (subject, is_head, is_secretariat, is_reviewer, lang, rhythm, last_seen_at)"
                    + " values (?1, false, false, false, 'fr', 'IMMEDIATE', current_timestamp)", contact);
            run(em, "insert into staff_digest_item (contact_id, kind, application_id, created_at, digested_at) select id,"
                    + " 'SUBMITTED', ?1, current_timestamp, current_timestamp from staff_contact where subject = ?2", id, contact);
            run(em, "insert into staff_note (application_id, author_subject, created_at, body) values (?1, 's', current_timestamp,"
                    + " 'note')", id);
            run(em, "insert into dossier_tag (application_id, label, added_at) values (?1, 'suivi', current_timestamp)", id);
            run(em, "insert into dossier_message (application_id, author_side, author_subject, sent_at, body, candidate_read_at,"
                    + " staff_read_at) values (?1, 'STAFF', 's', current_timestamp, 'Bonjour', current_timestamp, current_timestamp)", id);
            run(em, "insert into enrolment_sheet (application_id, civility, birth_date, birth_place, nationality, street, postal_code,"
                    + " city, country, last_diploma, last_diploma_institution, last_diploma_year, completed_at, updated_at) values"
                    + " (?1, 'MME', current_date, 'Metz', 'française', '1 rue', '57000', 'Metz', 'France', 'Licence', 'UL', 2027,"
                    + " current_timestamp, current_timestamp)", id);
            run(em, "insert into continuation (application_id, track_id, state, changed_at) values (?1, ?2, 'PENDING',"
                    + " current_timestamp)", id, m2.id);
            run(em, "insert into platform_invitation (application_id, token_hash, email, invited_at, invited_by, expires_at)"
                    + " values (?1, ?2, 'zoe@example.fr', current_timestamp, 'h', current_timestamp)", id, TestIds.unique("token"));
            run(em, "insert into platform_pdf_import (track_id, zip_name, imported_at, imported_by, stored, replaced, unchanged,"
                    + " refused) values (?1, ?2, current_timestamp, 'h', 1, 0, 0, 0)", track.id, contact);
            run(em, "insert into platform_pdf_import_line (import_id, position, file_name, outcome, application_id) select id, 1,"
                    + " 'zoe.pdf', 'STORED', ?1 from platform_pdf_import where zip_name = ?2", id, contact);
            return review;
        });
        return new Made(id, reviewId, stored);
    }

    private static void run(jakarta.persistence.EntityManager em, String sql, Object... params) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        query.executeUpdate();
    }

    /** How many rows the dossier has in each table. */
    static Map<String, Long> rows(Made made) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, Long> rows = new LinkedHashMap<>();
            COUNTS.forEach((table, sql) -> {
                var query = Panache.getEntityManager().createNativeQuery(sql)
                        .setParameter(1, table.equals("review_score") ? made.reviewId() : made.id());
                rows.put(table, ((Number) query.getSingleResult()).longValue());
            });
            return rows;
        });
    }

    /** How many rows each table of the whole database holds (the dry run must change none). */
    static Map<String, Long> allRows() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, Long> rows = new LinkedHashMap<>();
            for (String table : COUNTS.keySet()) {
                rows.put(table, ((Number) Panache.getEntityManager().createNativeQuery("select count(*) from " + table)
                        .getSingleResult()).longValue());
            }
            for (String table : List.of("audit_event", "purge_report")) {
                rows.put(table, ((Number) Panache.getEntityManager().createNativeQuery("select count(*) from " + table)
                        .getSingleResult()).longValue());
            }
            return rows;
        });
    }

    static boolean fileExists(String storedName) {
        return Arc.container().instance(DocumentStorage.class).get().exists(storedName);
    }

    static Track track(fr.univlorraine.ieps.campaign.Campaign campaign, Level level) {
        return DecisionFixtures.track(campaign, level);
    }
}
