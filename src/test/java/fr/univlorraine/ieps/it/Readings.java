package fr.univlorraine.ieps.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Members of the teaching team and their readings: written straight into PostgreSQL, as the app would have kept them,
 * for journeys that start after the readings, or filled in the browser as a reader does.
 */
final class Readings {

    private Readings() {
    }

    /** A member of the team, not signed in. Returns their id. */
    static long member(Connection db, String name) throws SQLException {
        return member(db, name, name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", ".") + "."
                + UUID.randomUUID().toString().substring(0, 8) + "@example.org");
    }

    /** A member of the team whose account, with this e-mail, is linked at its first login. Returns their id. */
    static long member(Connection db, String name, String email) throws SQLException {
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

    /** Chooses a level for every criterion of the form (by its label, as a person clicks), comments, recommends, submits. */
    static void fillAndSubmit(Browser reviewer, int[] levels, String comment, String recommendation, String screenshot)
            throws Exception {
        List<WebElement> criteria = reviewer.all("form.review-form fieldset.criterion");
        assertEquals(levels.length, criteria.size(), "one level per criterion of the default rubric");
        for (int i = 0; i < levels.length; i++) {
            String name = criteria.get(i).findElement(By.cssSelector("input[type=radio]")).getAttribute("name");
            reviewer.click("label[for='" + name + "-" + levels[i] + "']");
            assertTrue(reviewer.find("#" + name + "-" + levels[i]).isSelected(), name);
        }
        reviewer.type("#comment", comment).click("label[for='recommendation-" + recommendation + "']");
        if (screenshot != null) {
            reviewer.scrollTo("#review-heading").keepScreenshot(screenshot);
        }
        // submitting is for good: the reviewer ticks that they know it
        reviewer.click("label[for=submitConfirm]");
        reviewer.clickAndAwaitNextPage("button[name=action][value=soumettre]");
        assertTrue(reviewer.url().contains("ok=review_submitted"), "submitted without error: " + reviewer.text());
    }
}
