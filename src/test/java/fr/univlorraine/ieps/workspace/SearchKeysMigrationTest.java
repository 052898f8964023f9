package fr.univlorraine.ieps.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.univlorraine.ieps.kernel.SearchKey;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * Migration V16 fills the search's keys of the dossiers written before it, on H2 and on PostgreSQL, with the same
 * folding as the entity ({@link SearchKey}) for the names of French and its neighbours: a dossier written before the
 * search existed is found like one written after.
 */
class SearchKeysMigrationTest {

    /** Last name, first name, e-mail. */
    private static final List<String[]> PEOPLE = List.of(
            new String[] {"Lefèvre", "Éloïse", "Eloise.Lefevre@Example.FR"},
            new String[] {"NGUYEN-ÇELİK", "Zoë Anaïs", " zoe@exemple.fr "},
            new String[] {"Œuvray", "Ærin", null},
            new String[] {"Łukasz Dvořák", "Søren", "s@x.dk"},
            new String[] {null, "Chloé", "chloe@x.fr"});

    @Test
    void theKeysOfExistingDossiersAreFilledOnH2() throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:search-keys-migration;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH");
        h2.setUser("sa");
        migrateWithDossiersWrittenBefore(h2);
    }

    @Test
    void theKeysOfExistingDossiersAreFilledOnPostgres() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            migrateWithDossiersWrittenBefore(postgres.getPostgresDatabase());
        }
    }

    private static void migrateWithDossiersWrittenBefore(DataSource db) throws SQLException {
        Flyway.configure().dataSource(db).locations("classpath:db/migration").target("14").load().migrate();
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("insert into campaign (code, start_year, created_at) values ('2031-2032', 2031, current_timestamp)");
            s.execute("insert into track (campaign_id, level, capacity, opens_at, closes_at, review_deadline, "
                    + "decisions_published_at, offer_response_days, reminder_days_before) select id, 'M1', 19, "
                    + "timestamp '2031-01-01 00:00:00', timestamp '2031-03-01 00:00:00', timestamp '2031-04-01 00:00:00', "
                    + "timestamp '2031-05-01 00:00:00', 8, 2 from campaign");
            try (PreparedStatement insert = c.prepareStatement("insert into application (track_id, candidate_subject, "
                    + "status, entry_route, last_name, first_name, email, created_at, updated_at) select id, ?, 'SUBMITTED', "
                    + "'INITIALE', ?, ?, ?, current_timestamp, current_timestamp from track")) {
                for (int i = 0; i < PEOPLE.size(); i++) {
                    insert.setString(1, "person-" + i);
                    insert.setString(2, PEOPLE.get(i)[0]);
                    insert.setString(3, PEOPLE.get(i)[1]);
                    insert.setString(4, PEOPLE.get(i)[2]);
                    insert.executeUpdate();
                }
            }
        }
        Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select candidate_subject, search_name, search_email from application "
                        + "order by candidate_subject")) {
            for (String[] person : PEOPLE) {
                rs.next();
                assertEquals(SearchKey.ofName(person[0], person[1]), rs.getString(2), rs.getString(1));
                assertEquals(SearchKey.of(person[2]), rs.getString(3), rs.getString(1));
            }
        }
    }
}
