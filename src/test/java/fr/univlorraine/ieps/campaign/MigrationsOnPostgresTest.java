package fr.univlorraine.ieps.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.univlorraine.ieps.MigratedPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Flyway migrations run on a real PostgreSQL server (production's database), not only on H2,
 * and the constraints the rules rely on behave the same there.
 */
class MigrationsOnPostgresTest {

    @RegisterExtension
    static final MigratedPostgres POSTGRES = new MigratedPostgres();

    @Test
    void everyMigrationIsAppliedOnPostgres() throws SQLException {
        try (Connection c = POSTGRES.server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            var rs = s.executeQuery("select count(*) from flyway_schema_history where success");
            rs.next();
            assertTrue(rs.getInt(1) >= 1);
            for (String table : new String[] {"campaign", "track", "application", "application_degree",
                    "application_experience", "application_theme", "application_event", "enrolment_sheet", "export_preset"}) {
                s.executeQuery("select count(*) from " + table).close();
            }
        }
    }

    @Test
    void aCandidateCannotHoldTwoLiveApplicationsOnOneTrackButMayAfterWithdrawing() throws SQLException {
        try (Connection c = POSTGRES.server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("insert into campaign (code, start_year, created_at) values ('2031-2032', 2031, now())");
            s.execute("insert into track (campaign_id, level, capacity, opens_at, closes_at, review_deadline, "
                    + "decisions_published_at, offer_response_days, reminder_days_before) select id, 'M1', 19, now(), "
                    + "now() + interval '30 days', now() + interval '60 days', now() + interval '70 days', 8, 2 "
                    + "from campaign where code = '2031-2032'");
            String insert = "insert into application (track_id, candidate_subject, live_track_id, status, entry_route, "
                    + "created_at, updated_at) select t.id, 'pg-candidate', %s, '%s', 'INITIALE', now(), now() "
                    + "from track t join campaign c on c.id = t.campaign_id where c.code = '2031-2032'";
            s.execute(insert.formatted("t.id", "DRAFT"));
            assertThrows(SQLException.class, () -> s.execute(insert.formatted("t.id", "DRAFT")));
            // a withdrawn application no longer holds the key (its live_track_id is null)
            s.execute("update application set live_track_id = null, status = 'WITHDRAWN' "
                    + "where candidate_subject = 'pg-candidate'");
            s.execute(insert.formatted("t.id", "DRAFT"));
            var rs = s.executeQuery("select count(*) from application where candidate_subject = 'pg-candidate'");
            rs.next();
            assertEquals(2, rs.getInt(1));
        }
    }

    @Test
    void theReasonOfAFailedPublicationStoredAsAMessageKeyBecomesTheNameOfItsError() throws SQLException {
        try (Connection c = POSTGRES.server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create database before_v7");
        }
        var db = POSTGRES.server().getDatabase("postgres", "before_v7");
        Flyway.configure().dataSource(db).locations("classpath:db/migration").target("6").load().migrate();
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("insert into campaign (code, start_year, created_at) values ('2032-2033', 2032, now())");
            s.execute("insert into track (campaign_id, level, capacity, opens_at, closes_at, review_deadline, "
                    + "decisions_published_at, offer_response_days, reminder_days_before, publication_error) "
                    + "select id, 'M1', 19, now(), now() + interval '1 day', now() + interval '2 days', "
                    + "now() + interval '3 days', 8, 2, 'err_capacity_full' from campaign");
        }
        Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            var rs = s.executeQuery("select publication_error from track");
            rs.next();
            assertEquals("CAPACITY_FULL", rs.getString(1));
            assertEquals(fr.univlorraine.ieps.decision.DecisionError.CAPACITY_FULL,
                    fr.univlorraine.ieps.decision.DecisionError.ofCode(rs.getString(1)));
        }
    }

    @Test
    void aStoredClosingBecomesTheEndOfItsMinuteWhetherTheFormOrTheDemoDataWroteIt() throws SQLException {
        try (Connection c = POSTGRES.server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create database before_v11");
        }
        var db = POSTGRES.server().getDatabase("postgres", "before_v11");
        Flyway.configure().dataSource(db).locations("classpath:db/migration").target("10").load().migrate();
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("insert into campaign (code, start_year, created_at) values ('2033-2034', 2033, now())");
            // the form stored 23:59 Paris (winter) as 22:59:00 UTC, the demo data 23:59:59
            for (String[] track : new String[][] {{"M1", "2034-03-31 22:59:00"}, {"M2", "2034-03-31 22:59:59"}}) {
                s.execute(("insert into track (campaign_id, level, capacity, opens_at, closes_at, review_deadline, "
                        + "decisions_published_at, offer_response_days, reminder_days_before) select id, '%s', 19, "
                        + "timestamp '2034-01-01 00:00:00', timestamp '%s', timestamp '2034-05-01 00:00:00', "
                        + "timestamp '2034-06-01 00:00:00', 8, 2 from campaign").formatted(track[0], track[1]));
            }
        }
        Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            var rs = s.executeQuery("select level, to_char(closes_at, 'YYYY-MM-DD HH24:MI:SS') from track order by level");
            rs.next();
            assertEquals("2034-03-31 23:00:00", rs.getString(2), "M1");
            rs.next();
            assertEquals("2034-03-31 23:00:00", rs.getString(2), "M2");
        }
    }

    @Test
    void productionConnectionsGiveUpOnALockAfterTwentySecondsAndOnAStatementAfterAMinute() throws Exception {
        var settings = new java.util.Properties();
        try (var in = getClass().getResourceAsStream("/application.properties")) {
            settings.load(in);
        }
        String options = settings.getProperty("%prod.quarkus.datasource.jdbc.additional-jdbc-properties.options");
        var connection = new java.util.Properties();
        connection.setProperty("user", "postgres");
        connection.setProperty("options", options);
        try (Connection c = java.sql.DriverManager.getConnection(POSTGRES.server().getJdbcUrl("postgres", "postgres"), connection);
                Statement s = c.createStatement()) {
            var rs = s.executeQuery("show lock_timeout");
            rs.next();
            assertEquals("20s", rs.getString(1));
            rs = s.executeQuery("show statement_timeout");
            rs.next();
            assertEquals("1min", rs.getString(1));
        }
    }

    @Test
    void aDossierMessageHasASideAndATextAndGoesWithItsDossier() throws SQLException {
        try (Connection c = POSTGRES.server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("insert into campaign (code, start_year, created_at) values ('2041-2042', 2041, now())");
            s.execute("insert into track (campaign_id, level, capacity, opens_at, closes_at, review_deadline, "
                    + "decisions_published_at, offer_response_days, reminder_days_before) select id, 'M2', 19, now(), "
                    + "now() + interval '30 days', now() + interval '60 days', now() + interval '70 days', 8, 2 "
                    + "from campaign where code = '2041-2042'");
            s.execute("insert into application (track_id, candidate_subject, status, entry_route, created_at, updated_at) "
                    + "select t.id, 'pg-messages', 'SUBMITTED', 'INITIALE', now(), now() from track t "
                    + "join campaign c on c.id = t.campaign_id where c.code = '2041-2042'");
            String insert = "insert into dossier_message (application_id, author_side, author_subject, sent_at, body) "
                    + "select id, '%s', 'someone', now(), '%s' from application where candidate_subject = 'pg-messages'";
            s.execute(insert.formatted("STAFF", "Bonjour"));
            s.execute(insert.formatted("CANDIDATE", "Merci"));
            assertThrows(SQLException.class, () -> s.execute(insert.formatted("REVIEWER", "Bonjour")));
            assertThrows(SQLException.class, () -> s.execute(insert.formatted("STAFF", "")));
            assertThrows(SQLException.class, () -> s.execute(insert.formatted("STAFF", "x".repeat(5001))));
            s.execute("delete from application where candidate_subject = 'pg-messages'");
            var rs = s.executeQuery("select count(*) from dossier_message where author_subject = 'someone'");
            rs.next();
            assertEquals(0, rs.getInt(1), "the thread goes with its dossier");
        }
    }

    @Test
    void auditLinesOutliveTheirDossierAndThoseWrittenBeforeTheChainAreItsGenesis() throws SQLException {
        try (Connection c = POSTGRES.server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create database before_v29");
        }
        var db = POSTGRES.server().getDatabase("postgres", "before_v29");
        Flyway.configure().dataSource(db).locations("classpath:db/migration").target("28").load().migrate();
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("insert into campaign (code, start_year, created_at) values ('2043-2044', 2043, now())");
            s.execute("insert into track (campaign_id, level, capacity, opens_at, closes_at, review_deadline, "
                    + "decisions_published_at, offer_response_days, reminder_days_before) select id, 'M2', 19, now(), "
                    + "now() + interval '30 days', now() + interval '60 days', now() + interval '70 days', 8, 2 "
                    + "from campaign where code = '2043-2044'");
            s.execute("insert into application (track_id, candidate_subject, status, entry_route, created_at, updated_at) "
                    + "select t.id, 'pg-audited', 'SUBMITTED', 'INITIALE', now(), now() from track t");
            s.execute("insert into audit_event (occurred_at, actor_subject, actor_roles, action, application_id) "
                    + "select now(), 'pg-staff', 'secretariat', 'VIEW_DOSSIER', id from application");
            // before V29 the line holds its dossier back
            assertThrows(SQLException.class, () -> s.execute("delete from application where candidate_subject = 'pg-audited'"));
        }
        Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            var rs = s.executeQuery("select max(id) from audit_event");
            rs.next();
            long before = rs.getLong(1);
            rs = s.executeQuery("select genesis_event_id, last_seq, last_hash from audit_chain_head where id = 1");
            rs.next();
            assertEquals(before, rs.getLong(1), "the lines written before the chain are its genesis");
            assertEquals(0, rs.getLong(2));
            assertEquals("0".repeat(64), rs.getString(3));
            rs = s.executeQuery("select application_id from audit_event where actor_subject = 'pg-staff'");
            rs.next();
            long dossier = rs.getLong(1);
            s.execute("delete from application where candidate_subject = 'pg-audited'");
            rs = s.executeQuery("select application_id from audit_event where actor_subject = 'pg-staff'");
            assertTrue(rs.next(), "the line stays");
            assertEquals(dossier, rs.getLong(1), "with its dossier's id, as the trace");
        }
    }
}
