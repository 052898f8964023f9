package db.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The staff's search lists its page in name order ({@code order by search_name, reference limit 25}). With the plain
 * index on the name (V16) beside the trigram indexes (V31), PostgreSQL chose to walk the names in order and test each
 * dossier until it had 25 that match: it expects about one dossier in a hundred to match a word, so it hopes to stop
 * early. A name, an e-mail or a reference matches a handful of dossiers, so the walk read the whole table: 5 to 13 ms
 * of the server's time for each search of 10,000 dossiers, instead of under 1.5 ms through the trigram indexes and a
 * sort of what they found. Where the trigram indexes exist, the plain index on the name goes; the searches by filters
 * alone sort the dossiers that match them, as fast. On H2, or where the trigram indexes could not be made, it stays.
 */
public class V32__SearchByNameThroughTrigrams extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            boolean trigrams;
            try (ResultSet rs = statement.executeQuery("select count(*) from pg_indexes where tablename = 'application'"
                    + " and indexname = 'application_search_name_trgm'")) {
                trigrams = rs.next() && rs.getInt(1) == 1;
            }
            if (trigrams) {
                statement.execute("drop index if exists application_search_name_idx");
            }
        }
    }
}
