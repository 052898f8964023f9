package fr.univlorraine.ieps.it;

import fr.univlorraine.ieps.review.DefaultRubricRows;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The production database starts empty (no demo data): the tests open the campaign the way the
 * programme's administrator will, straight into the tables Flyway made, until the admin pages exist.
 */
final class Campaigns {

    private Campaigns() {
    }

    /**
     * Campaign 2027-2028 with M1 and M2, 19 places each, open since two weeks and for three months, and the
     * default rubric, which the app itself gives a campaign only when it creates it or at its next start.
     */
    static void openOne(Connection db) throws SQLException {
        try (db) {
            var insertCampaign = db.prepareStatement(
                    "insert into campaign (code, start_year, created_at) values ('2027-2028', 2027, ?)",
                    Statement.RETURN_GENERATED_KEYS);
            Instant now = Instant.now();
            insertCampaign.setObject(1, utc(now));
            insertCampaign.executeUpdate();
            var keys = insertCampaign.getGeneratedKeys();
            keys.next();
            long campaign = keys.getLong(1);
            PreparedStatement track = db.prepareStatement("insert into track (campaign_id, level, capacity, opens_at, closes_at,"
                    + " review_deadline, decisions_published_at, offer_response_days, reminder_days_before)"
                    + " values (?, ?, 19, ?, ?, ?, ?, 8, 2)");
            for (String level : new String[] {"M1", "M2"}) {
                track.setLong(1, campaign);
                track.setString(2, level);
                track.setObject(3, utc(now.minus(14, ChronoUnit.DAYS)));
                track.setObject(4, utc(now.plus(90, ChronoUnit.DAYS)));
                track.setObject(5, utc(now.plus(120, ChronoUnit.DAYS)));
                track.setObject(6, utc(now.plus(130, ChronoUnit.DAYS)));
                track.executeUpdate();
            }
            DefaultRubricRows.insert(db, campaign);
        }
    }

    /**
     * Changes the places of the current campaign's track of the level, as the admin would before the heads
     * decide: its capacity and how many candidates the heads' proposal puts on the waiting list.
     */
    static void limitPlaces(Connection db, String level, int capacity, int waitlistSize) throws SQLException {
        try (PreparedStatement track = db.prepareStatement("update track set capacity = ?, waitlist_size = ?, version = version + 1"
                + " where id = (select t.id from track t join campaign c on c.id = t.campaign_id where t.level = ?"
                + " order by c.start_year desc limit 1)")) {
            track.setInt(1, capacity);
            track.setInt(2, waitlistSize);
            track.setString(3, level);
            if (track.executeUpdate() != 1) {
                throw new IllegalStateException("no track " + level + " in the current campaign");
            }
        }
    }

    /** The tables hold UTC instants in timestamp columns (hibernate-orm.jdbc.timezone=UTC). */
    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
