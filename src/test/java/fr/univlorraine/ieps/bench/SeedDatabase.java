package fr.univlorraine.ieps.bench;

import fr.univlorraine.ieps.application.ResearchTheme;
import fr.univlorraine.ieps.campaign.Level;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The seed's SQL, on the stopped app's PostgreSQL database: batched inserts (dossiers first, then the
 * rows that reference them), and the counters to move on afterwards.
 */
final class SeedDatabase implements AutoCloseable {

    record TrackRow(long id, Level level, int startYear, Instant opensAt) {
    }

    private final Connection db;
    private final PreparedStatement app;
    private final PreparedStatement degree;
    private final PreparedStatement experience;
    private final PreparedStatement theme;
    private final PreparedStatement event;

    SeedDatabase(BenchPostgres database) throws SQLException {
        db = database.connect();
        app = db.prepareStatement("""
                insert into application (id, track_id, candidate_subject, live_track_id, reference, status,
                    entry_route, vap, lang, civility, first_name, last_name, birth_date, nationality, email, phone,
                    address, postal_code, city, country, professional_project, research_project, employer_status,
                    employer_name, declaration_accuracy, declaration_privacy, created_at, updated_at, submitted_at,
                    search_name, search_email)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
        degree = db.prepareStatement("""
                insert into application_degree (application_id, position, title, institution, degree_year, grade)
                values (?, ?, ?, ?, ?, ?)""");
        experience = db.prepareStatement("""
                insert into application_experience
                    (application_id, position, job_title, organisation, start_year, end_year, description)
                values (?, ?, ?, ?, ?, ?, ?)""");
        theme = db.prepareStatement("insert into application_theme (application_id, theme) values (?, ?)");
        event = db.prepareStatement("""
                insert into application_event (application_id, occurred_at, actor_subject, actor_name, actor_role,
                    transition, from_status, to_status, reason)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""");
    }

    /** Timestamps hold UTC instants (quarkus.hibernate-orm.jdbc.timezone=UTC), whatever this JVM's zone. */
    static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** The tracks of the latest campaign (the demo campaign 2027-2028 on a fresh database). */
    List<TrackRow> currentTracks() throws SQLException {
        var tracks = new ArrayList<TrackRow>();
        try (var rs = db.createStatement().executeQuery("""
                select t.id, t.level, c.start_year, t.opens_at from track t join campaign c on c.id = t.campaign_id
                where c.start_year = (select max(start_year) from campaign) order by t.level""")) {
            while (rs.next()) {
                tracks.add(new TrackRow(rs.getLong(1), Level.valueOf(rs.getString(2)), rs.getInt(3),
                        rs.getObject(4, LocalDateTime.class).toInstant(ZoneOffset.UTC)));
            }
        }
        if (tracks.isEmpty()) {
            throw new IllegalStateException("No campaign in the database: is ieps.demo.enabled on in the bench profile?");
        }
        return tracks;
    }

    long firstFreeApplicationId() throws SQLException {
        try (var rs = db.createStatement().executeQuery("select coalesce(max(id), 0) + 1 from application")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** One dossier: the values of the columns of the insert above, in order. */
    void application(Object... values) throws SQLException {
        set(app, values);
    }

    /** Degrees, experiences and themes of one dossier; list positions start at 0 (@OrderColumn). */
    void children(long id, List<FrenchData.Degree> degrees, List<FrenchData.Experience> experiences,
            ResearchTheme[] themes) throws SQLException {
        for (int i = 0; i < degrees.size(); i++) {
            var d = degrees.get(i);
            set(degree, id, i, d.title(), d.institution(), d.year(), d.grade());
        }
        for (int i = 0; i < experiences.size(); i++) {
            var e = experiences.get(i);
            set(experience, id, i, e.jobTitle(), e.organisation(), e.startYear(), e.endYear(), e.description());
        }
        for (ResearchTheme t : themes) {
            set(theme, id, t.name());
        }
    }

    void event(long id, Instant at, String actorSubject, String actorName, String actorRole, String transition,
            String from, String to, String reason) throws SQLException {
        set(event, id, utc(at), actorSubject, actorName, actorRole, transition, from, to, reason);
    }

    /** Sends the pending rows, parents before children, and commits. */
    void flush() throws SQLException {
        for (PreparedStatement statement : List.of(app, degree, experience, theme, event)) {
            statement.executeBatch();
        }
        db.commit();
    }

    /** Moves the counters past the seeded rows, so that the app's own inserts do not collide. */
    void finish(List<TrackRow> tracks, int[] referencesGiven, long nextApplicationId) throws SQLException {
        flush();
        try (var update = db.prepareStatement(
                "update track_reference set last_number = last_number + ? where track_id = ?");
                var insert = db.prepareStatement("insert into track_reference (track_id, last_number) values (?, ?)")) {
            for (int t = 0; t < tracks.size(); t++) {
                if (referencesGiven[t] == 0) {
                    continue;
                }
                update.setInt(1, referencesGiven[t]);
                update.setLong(2, tracks.get(t).id());
                if (update.executeUpdate() == 0) {
                    insert.setLong(1, tracks.get(t).id());
                    insert.setInt(2, referencesGiven[t]);
                    insert.executeUpdate();
                }
            }
        }
        // Explicit ids leave the identity counter where it was.
        db.createStatement().execute("alter table application alter column id restart with " + nextApplicationId);
        db.commit();
    }

    @Override
    public void close() throws SQLException {
        db.close();  // closes the statements too
    }

    /** Adds one row of these values to the statement's batch. */
    static void set(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
        statement.addBatch();
    }
}
