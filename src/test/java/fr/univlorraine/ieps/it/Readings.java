package fr.univlorraine.ieps.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * Members of the teaching team and their readings written straight into PostgreSQL, as the app would have kept them,
 * for journeys that start after the readings (ReviewRankingIT walks a reader through one in the browser).
 */
final class Readings {

    private Readings() {
    }

    /** A member of the team, not signed in. Returns their id. */
    static long member(Connection db, String name) throws SQLException {
        String email = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", ".") + "." + UUID.randomUUID().toString().substring(0, 8)
                + "@example.org";
        try (var insert = db.prepareStatement("insert into team_member (full_name, email, max_dossiers, active) values (?, ?, 10, true)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, name);
            insert.setString(2, email);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** A submitted reading of the dossier with every criterion of the campaign's rubric at one level (5 points a level out of 20). */
    static void submitted(Connection db, long dossier, long member, int level, String recommendation, String comment)
            throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        long review;
        try (var insert = db.prepareStatement("""
                insert into review (application_id, member_id, status, assigned_at, assigned_by, automatic, comment,
                    recommendation, score, submitted_at, updated_at)
                values (?, ?, 'SUBMITTED', ?, 'it-head', false, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, dossier);
            insert.setLong(2, member);
            insert.setTimestamp(3, now);
            insert.setString(4, comment);
            insert.setString(5, recommendation);
            insert.setBigDecimal(6, BigDecimal.valueOf(5L * level).setScale(2));
            insert.setTimestamp(7, now);
            insert.setTimestamp(8, now);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                review = keys.getLong(1);
            }
        }
        try (var insert = db.prepareStatement("""
                insert into review_score (review_id, criterion_id, level)
                select ?, c.id, ? from rubric_criterion c join track t on t.campaign_id = c.campaign_id
                join application a on a.track_id = t.id where a.id = ?""")) {
            insert.setLong(1, review);
            insert.setInt(2, level);
            insert.setLong(3, dossier);
            assertTrue(insert.executeUpdate() > 0, "the campaign has a rubric");
        }
    }

    /** A reading assigned and not yet done. */
    static void pending(Connection db, long dossier, long member) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        try (var insert = db.prepareStatement("insert into review (application_id, member_id, status, assigned_at, assigned_by,"
                + " automatic, updated_at) values (?, ?, 'ASSIGNED', ?, 'it-head', false, ?)")) {
            insert.setLong(1, dossier);
            insert.setLong(2, member);
            insert.setTimestamp(3, now);
            insert.setTimestamp(4, now);
            insert.executeUpdate();
        }
    }
}
