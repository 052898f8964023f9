package fr.univlorraine.ieps.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Dossiers written straight into PostgreSQL, for journeys that start where the candidate's and the
 * secretariat's end (CandidateJourneyIT walks that part): a COMPLETE application of the current campaign
 * (or one a head has opened for review), with its reference drawn from the track's counter as the app
 * draws it, and the history the app would have recorded (created, submitted by the candidate, declared
 * complete by the secretariat, opened for review).
 */
final class Dossiers {

    /** What a test needs of a dossier: its id (in the app's URLs), reference and candidate's name. */
    record Dossier(long id, String reference, String firstName, String lastName) {
        String name() {
            return firstName + " " + lastName;
        }
    }

    private Dossiers() {
    }

    /** A COMPLETE dossier in the current campaign's track of the level, route "formation initiale". */
    static Dossier complete(Connection db, String level, String firstName, String lastName, String professionalProject,
            String researchProject, String... themes) throws SQLException {
        String email = java.text.Normalizer.normalize(firstName + "." + lastName, java.text.Normalizer.Form.NFD)
                .toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z.]", "") + "@example.org";
        return insert(db, level, false, "it-" + UUID.randomUUID(), email, firstName, lastName, professionalProject,
                researchProject, themes);
    }

    /**
     * A dossier UNDER_REVIEW (complete, then opened for review by a head) owned by a real candidate account:
     * {@code subject} is the account's id at Keycloak, {@code email} the address its mails go to.
     */
    static Dossier underReview(Connection db, String level, String subject, String email, String firstName, String lastName,
            String professionalProject, String researchProject, String... themes) throws SQLException {
        return insert(db, level, true, subject, email, firstName, lastName, professionalProject, researchProject, themes);
    }

    /**
     * A DRAFT dossier of a real candidate account on the current campaign's track of the level, route "formation
     * initiale", whose text is all a submission needs (the documents are the candidate's to upload), as the candidate
     * would have saved it: created, then saved. Returns its id.
     */
    static long draft(Connection db, String level, String subject, String email, String firstName, String lastName,
            String professionalProject, String researchProject) throws SQLException {
        boolean autoCommit = db.getAutoCommit();
        db.setAutoCommit(false);
        try {
            Instant now = Instant.now();
            long id;
            try (PreparedStatement app = db.prepareStatement("insert into application (track_id, candidate_subject, live_track_id,"
                    + " status, entry_route, lang, civility, first_name, last_name, birth_date, nationality, email, phone,"
                    + " address, postal_code, city, country, professional_project, research_project, declaration_accuracy,"
                    + " declaration_privacy, created_at, updated_at)"
                    + " select t.id, ?, t.id, 'DRAFT', 'INITIALE', 'fr', 'MME', ?, ?, date '2002-03-14', 'française', ?,"
                    + " '06 12 34 56 78', '1 rue des Récollets', '57000', 'Metz', 'France', ?, ?, true, true, ?, ?"
                    + " from track t join campaign c on c.id = t.campaign_id where t.level = ? order by c.start_year desc limit 1",
                    Statement.RETURN_GENERATED_KEYS)) {
                app.setString(1, subject);
                app.setString(2, firstName);
                app.setString(3, lastName);
                app.setString(4, email);
                app.setString(5, professionalProject);
                app.setString(6, researchProject);
                app.setObject(7, utc(now.minus(1, ChronoUnit.DAYS)));
                app.setObject(8, utc(now));
                app.setString(9, level);
                if (app.executeUpdate() != 1) {
                    throw new IllegalStateException("no track " + level + " in the current campaign");
                }
                try (ResultSet keys = app.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong("id");
                }
            }
            try (PreparedStatement degree = db.prepareStatement("insert into application_degree (application_id, position, title,"
                    + " institution, degree_year, grade) values (?, 0, 'Licence de sociologie', 'Université de Lorraine', 2025, 'Bien')");
                    PreparedStatement theme = db.prepareStatement("insert into application_theme (application_id, theme) values (?, 'POVERTY')");
                    PreparedStatement event = db.prepareStatement("insert into application_event (application_id, occurred_at,"
                            + " actor_subject, actor_name, actor_role, to_status) values (?, ?, ?, ?, 'CANDIDATE', 'DRAFT')")) {
                degree.setLong(1, id);
                degree.executeUpdate();
                theme.setLong(1, id);
                theme.executeUpdate();
                event.setLong(1, id);
                event.setObject(2, utc(now.minus(1, ChronoUnit.DAYS)));
                event.setString(3, subject);
                event.setString(4, firstName + " " + lastName);
                event.executeUpdate();
            }
            db.commit();
            return id;
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(autoCommit);
        }
    }

    private static Dossier insert(Connection db, String level, boolean underReview, String subject, String email,
            String firstName, String lastName, String professionalProject, String researchProject, String... themes)
            throws SQLException {
        boolean autoCommit = db.getAutoCommit();
        db.setAutoCommit(false);
        try {
            long track;
            String reference;
            try (PreparedStatement current = db.prepareStatement("select t.id, c.start_year from track t"
                    + " join campaign c on c.id = t.campaign_id where t.level = ? order by c.start_year desc limit 1")) {
                current.setString(1, level);
                try (ResultSet rs = current.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalStateException("no track " + level + " in the current campaign");
                    }
                    track = rs.getLong(1);
                    reference = "IEPS-%d-%s-".formatted(rs.getInt(2), level);
                }
            }
            // the app's own counter (application/ReferenceNumbers), so that its numbers and ours never meet
            try (PreparedStatement next = db.prepareStatement("insert into track_reference (track_id, last_number)"
                    + " values (?, 1) on conflict (track_id) do update set last_number = track_reference.last_number + 1"
                    + " returning last_number")) {
                next.setLong(1, track);
                try (ResultSet rs = next.executeQuery()) {
                    rs.next();
                    reference += "%04d".formatted(rs.getInt(1));
                }
            }
            Instant now = Instant.now();
            long id;
            try (PreparedStatement app = db.prepareStatement("insert into application (track_id, candidate_subject, live_track_id,"
                    + " reference, status, entry_route, lang, civility, first_name, last_name, birth_date, nationality, email, phone,"
                    + " address, postal_code, city, country, professional_project, research_project, declaration_accuracy,"
                    + " declaration_privacy, created_at, updated_at, submitted_at)"
                    + " values (?, ?, ?, ?, ?, 'INITIALE', 'fr', 'MME', ?, ?, date '2002-03-14', 'française', ?,"
                    + " '06 12 34 56 78', '1 rue des Récollets', '57000', 'Metz', 'France', ?, ?, true, true, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                app.setLong(1, track);
                app.setString(2, subject);
                app.setLong(3, track);
                app.setString(4, reference);
                app.setString(5, underReview ? "UNDER_REVIEW" : "COMPLETE");
                app.setString(6, firstName);
                app.setString(7, lastName);
                app.setString(8, email);
                app.setString(9, professionalProject);
                app.setString(10, researchProject);
                app.setObject(11, utc(now.minus(3, ChronoUnit.DAYS)));
                app.setObject(12, utc(now));
                app.setObject(13, utc(now.minus(2, ChronoUnit.DAYS)));
                app.executeUpdate();
                try (ResultSet keys = app.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong("id");
                }
            }
            try (PreparedStatement degree = db.prepareStatement("insert into application_degree (application_id, position, title,"
                    + " institution, degree_year, grade) values (?, 0, 'Licence de sociologie', 'Université de Lorraine', 2025, 'Bien')")) {
                degree.setLong(1, id);
                degree.executeUpdate();
            }
            try (PreparedStatement theme = db.prepareStatement("insert into application_theme (application_id, theme) values (?, ?)")) {
                for (String t : themes) {
                    theme.setLong(1, id);
                    theme.setString(2, t);
                    theme.executeUpdate();
                }
            }
            try (PreparedStatement event = db.prepareStatement("insert into application_event (application_id, occurred_at,"
                    + " actor_subject, actor_name, actor_role, transition, from_status, to_status) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
                List<Object[]> history = new ArrayList<>(List.of(new Object[][] {
                        {now.minus(3, ChronoUnit.DAYS), subject, firstName + " " + lastName, "CANDIDATE", null, null, "DRAFT"},
                        {now.minus(2, ChronoUnit.DAYS), subject, firstName + " " + lastName, "CANDIDATE", "SUBMIT", "DRAFT", "SUBMITTED"},
                        {underReview ? now.minus(1, ChronoUnit.DAYS) : now, "it-secretariat", "Sophie Scolarité", "SECRETARIAT",
                                "MARK_COMPLETE", "SUBMITTED", "COMPLETE"}}));
                if (underReview) {
                    history.add(new Object[] {now, "it-head", "Raymond Responsable", "HEAD", "OPEN_REVIEW", "COMPLETE", "UNDER_REVIEW"});
                }
                for (Object[] e : history) {
                    event.setLong(1, id);
                    event.setObject(2, utc((Instant) e[0]));
                    for (int i = 1; i < e.length; i++) {
                        event.setString(i + 2, (String) e[i]);
                    }
                    event.executeUpdate();
                }
            }
            db.commit();
            return new Dossier(id, reference, firstName, lastName);
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(autoCommit);
        }
    }

    /** The tables hold UTC instants in timestamp columns (hibernate-orm.jdbc.timezone=UTC). */
    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
