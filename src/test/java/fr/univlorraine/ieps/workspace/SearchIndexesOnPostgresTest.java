package fr.univlorraine.ieps.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.univlorraine.ieps.MigratedPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * On PostgreSQL the staff's search by a word anywhere in a name, an e-mail or a reference is served by trigram indexes
 * (migration V31) rather than by reading every dossier; where the database user may not install the extension, the
 * migrations still succeed and the search still answers.
 */
class SearchIndexesOnPostgresTest {

    @RegisterExtension
    static final MigratedPostgres POSTGRES = new MigratedPostgres();

    /** The search's condition for one word, as SearchService writes it (a word, then its upper case for references). */
    private static final String SEARCH = "select count(*) from application a where a.reference is not null and"
            + " (a.search_name like ? escape '!' or a.search_email like ? escape '!' or a.reference like ? escape '!')";

    /** One page of the search in its default order, name then reference, as SearchService reads it. */
    private static final String SEARCH_PAGE = "select a.id from application a where a.reference is not null and"
            + " (a.search_name like ? escape '!' or a.search_email like ? escape '!' or a.reference like ? escape '!')"
            + " order by a.search_name, a.reference offset 0 rows fetch first 25 rows only";

    @Test
    void theSearchedColumnsHaveTrigramIndexesThatTheSearchUses() throws SQLException {
        try (Connection c = POSTGRES.server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            List<String> indexes = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("select indexname from pg_indexes where tablename = 'application'"
                    + " and indexdef like '%gin_trgm_ops%' order by indexname")) {
                while (rs.next()) {
                    indexes.add(rs.getString(1));
                }
            }
            assertEquals(List.of("application_reference_trgm", "application_search_email_trgm", "application_search_name_trgm"),
                    indexes);
            // beside them, no plain index on the name that the planner would walk in name order, testing every
            // dossier for the few that match (V32)
            try (ResultSet rs = s.executeQuery("select count(*) from pg_indexes where indexname = 'application_search_name_idx'")) {
                rs.next();
                assertEquals(0, rs.getInt(1));
            }
            // written at once: no pending list for every search to read until a vacuum
            try (ResultSet rs = s.executeQuery("select count(*) from pg_class where relname like 'application_%_trgm'"
                    + " and 'fastupdate=off' = any(reloptions)")) {
                rs.next();
                assertEquals(3, rs.getInt(1));
            }
            // a season's worth of dossiers, their statistics gathered as the server does by itself (autovacuum)
            campaignWithTrack(s, "2031-2032", "M1");
            dossiers(s, "2031-2032", "'SUBMITTED'", "Nom", "p");
            s.execute("analyze application");
            String plan = plan(c, SEARCH, "%lefevre%", "%lefevre%", "%LEFEVRE%");
            assertTrue(plan.contains("application_search_name_trgm") && plan.contains("application_search_email_trgm")
                    && plan.contains("application_reference_trgm"), plan);
            // the page itself, in name order (V32): found through the trigrams and sorted, not by walking every name
            String page = plan(c, SEARCH_PAGE, "%lefevre%", "%lefevre%", "%LEFEVRE%");
            assertTrue(page.contains("application_search_name_trgm") && !page.contains("application_search_name_idx"),
                    page);
        }
    }

    /**
     * Two words, one too short for a trigram ("Da Silva"), as SearchService writes them: the short word's columns are
     * wrapped so that no index serves it. PostgreSQL keeps one plan for a statement run often on a connection (forced
     * here): on the bench's 10,000 dossiers, with the short word's columns as they are, that plan walked the trigram
     * indexes for it too, every entry matching a pattern of two letters, at every search (16–23 ms instead of 3).
     */
    private static final String SHORT_AND_LONG_WORD = "select a.id from application a where a.reference is not null and"
            + " (a.search_name || '' like ? escape '!' or a.search_email || '' like ? escape '!' or a.reference || '' like ?"
            + " escape '!') and (a.search_name like ? escape '!' or a.search_email like ? escape '!' or a.reference like ?"
            + " escape '!') order by a.search_name, a.reference offset 0 rows fetch first 25 rows only";

    @Test
    void theKeptPlanOfASearchWithAShortWordLooksUpTheLongWordOnly() throws SQLException {
        try (Connection c = POSTGRES.server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            // a season's worth of dossiers, their statistics gathered as the server does by itself (autovacuum)
            campaignWithTrack(s, "2032-2033", "M2");
            dossiers(s, "2032-2033", "'SUBMITTED'", "Da Nom", "da");
            s.execute("analyze application");
            s.execute("set plan_cache_mode = force_generic_plan");
            String shortWordWrapped = generic(c, SHORT_AND_LONG_WORD);
            assertEquals(3, count(shortWordWrapped, "Bitmap Index Scan"), shortWordWrapped);
            assertTrue(shortWordWrapped.contains("|| ''::text) ~~ like_escape($1"), "the short word filters: "
                    + shortWordWrapped);
            String asTheyAre = generic(c, SHORT_AND_LONG_WORD.replace(" || ''", ""));
            assertEquals(6, count(asTheyAre, "Bitmap Index Scan"), asTheyAre);
        }
    }

    /** The plan PostgreSQL keeps for the statement, the words unknown (its parameters stay $1 to $6). */
    private static String generic(Connection c, String query) throws SQLException {
        StringBuilder plan = new StringBuilder();
        try (Statement s = c.createStatement()) {
            StringBuilder numbered = new StringBuilder();
            int n = 0;
            for (char ch : query.toCharArray()) {
                numbered.append(ch == '?' ? "$" + ++n : String.valueOf(ch));
            }
            s.execute("prepare search_page(text, text, text, text, text, text) as " + numbered);
            try (ResultSet rs = s.executeQuery("explain execute search_page('%da%', '%da%', '%DA%', '%silva%', '%silva%',"
                    + " '%SILVA%')")) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            }
            s.execute("deallocate search_page");
        }
        return plan.toString();
    }

    private static int count(String text, String what) {
        return text.split(java.util.regex.Pattern.quote(what), -1).length - 1;
    }

    /** The search by filters alone, a level and a status, as SearchService counts it and picks its page (V33). */
    private static final String FILTERS_COUNT = "select count(a.id) from application a join track t on t.id = a.track_id"
            + " where a.reference is not null and t.level = ? and a.status = ?";
    private static final String FILTERS_PAGE = "select a.id from application a join track t on t.id = a.track_id"
            + " where a.reference is not null and t.level = ? and a.status = ? order by a.search_name, a.reference"
            + " offset 25 rows fetch first 25 rows only";

    @Test
    void theSearchByFiltersAloneCountsAndPicksItsPageFromOneIndexWithoutReadingTheDossiers() throws SQLException {
        try (Connection c = POSTGRES.server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            campaignWithTrack(s, "2033-2034", "M1");
            dossiers(s, "2033-2034", "(array['SUBMITTED', 'COMPLETE', 'UNDER_REVIEW', 'REJECTED'])[i % 4 + 1]", "Nom", "f");
            // its statistics and its map of pages all visible, as the server keeps them by itself (autovacuum)
            s.execute("vacuum analyze application");
            for (String query : List.of(FILTERS_COUNT, FILTERS_PAGE)) {
                String plan = plan(c, query, "M1", "UNDER_REVIEW");
                assertTrue(plan.contains("Index Only Scan using application_track_status_order_idx on application"), plan);
            }
        }
    }

    @Test
    void withoutTheRightToInstallTheExtensionTheMigrationsStillSucceedAndTheSearchAnswers() throws SQLException {
        try (Connection c = POSTGRES.server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create role search_weak login");
            s.execute("create database search_weak_db");
            s.execute("revoke create on database search_weak_db from public");
        }
        try (Connection c = POSTGRES.server().getDatabase("postgres", "search_weak_db").getConnection();
                Statement s = c.createStatement()) {
            s.execute("alter schema public owner to search_weak");
        }
        DataSource weak = POSTGRES.server().getDatabase("search_weak", "search_weak_db");
        Flyway.configure().dataSource(weak).locations("classpath:db/migration").load().migrate();
        try (Connection c = weak.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select count(*) from pg_extension where extname = 'pg_trgm'")) {
                rs.next();
                assertEquals(0, rs.getInt(1));
            }
            try (ResultSet rs = s.executeQuery("select count(*) from flyway_schema_history where not success")) {
                rs.next();
                assertEquals(0, rs.getInt(1));
            }
            // without the trigrams, the name order keeps its plain index (V32 leaves it)
            try (ResultSet rs = s.executeQuery("select count(*) from pg_indexes where indexname = 'application_search_name_idx'")) {
                rs.next();
                assertEquals(1, rs.getInt(1));
            }
            try (PreparedStatement search = c.prepareStatement(SEARCH)) {
                search.setString(1, "%lefevre%");
                search.setString(2, "%lefevre%");
                search.setString(3, "%LEFEVRE%");
                try (ResultSet rs = search.executeQuery()) {
                    rs.next();
                    assertEquals(0, rs.getInt(1));
                }
            }
        }
    }

    /** The plan PostgreSQL makes for the query with these values of its parameters, in order. */
    private static String plan(Connection c, String query, String... values) throws SQLException {
        StringBuilder plan = new StringBuilder();
        try (PreparedStatement explain = c.prepareStatement("explain " + query)) {
            for (int i = 0; i < values.length; i++) {
                explain.setString(i + 1, values[i]);
            }
            try (ResultSet rs = explain.executeQuery()) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            }
        }
        return plan.toString();
    }

    /** A campaign of that code (its first year from the code) with one track of that level. */
    private static void campaignWithTrack(Statement s, String code, String level) throws SQLException {
        s.execute("insert into campaign (code, start_year, created_at) values ('" + code + "', " + code.substring(0, 4)
                + ", now())");
        s.execute("insert into track (campaign_id, level, capacity, opens_at, closes_at, review_deadline, "
                + "decisions_published_at, offer_response_days, reminder_days_before) select id, '" + level + "', 19, now(), "
                + "now() + interval '30 days', now() + interval '60 days', now() + interval '70 days', 8, 2 "
                + "from campaign where code = '" + code + "'");
    }

    /**
     * 5,000 dossiers i in the campaign's track, of the status {@code status} (SQL, may use i), named "family i
     * Prenom i", with the address "mail i @exemple.fr".
     */
    private static void dossiers(Statement s, String code, String status, String family, String mail) throws SQLException {
        s.execute("insert into application (track_id, candidate_subject, status, entry_route, reference, last_name,"
                + " first_name, email, search_name, search_email, created_at, updated_at)"
                + " select t.id, 'pg-" + code + "-' || i, " + status + ", 'INITIALE', 'IEPS-' || c.start_year || '-' ||"
                + " t.level || '-' || lpad(i::text, 4, '0'), '" + family + "' || i, 'Prenom' || i, '" + mail + "' || i ||"
                + " '@exemple.fr', '" + family.toLowerCase(Locale.ROOT) + "' || i || ' prenom' || i, '" + mail
                + "' || i || '@exemple.fr', now(), now() from track t join campaign c on c.id = t.campaign_id,"
                + " generate_series(1, 5000) i where c.code = '" + code + "'");
    }
}
