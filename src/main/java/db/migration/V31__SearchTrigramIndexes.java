package db.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.jboss.logging.Logger;

/**
 * The staff's search looks for each typed word anywhere in a name, an e-mail or a reference ({@code like '%word%'},
 * workspace/SearchService), which no ordinary index serves: PostgreSQL read every dossier for each search and for its
 * count. Trigram indexes (the pg_trgm extension that PostgreSQL ships) serve exactly that pattern. They are written at
 * once ({@code fastupdate = off}): by default GIN keeps new entries in a pending list that every search reads whole until
 * a vacuum, which made the searches of a freshly filled database as slow as without the index; a season writes a few
 * thousand dossiers, so writing the index at once costs nothing that shows. A migration in Java because it is
 * PostgreSQL's alone: on H2 (the embedded default, a few hundred dossiers) it does nothing.
 *
 * <p>pg_trgm is a trusted extension (PostgreSQL 13 and later): the owner of the database may install it. Where the
 * database user may not, or the server lacks it, the search stays right and only slower: the migration says so in the
 * log and goes on, rather than stopping the app on deadline day.
 */
public class V31__SearchTrigramIndexes extends BaseJavaMigration {

    private static final Logger LOG = Logger.getLogger(V31__SearchTrigramIndexes.class);

    /** The index name and the column it serves. */
    static final String[][] INDEXES = {
            {"application_search_name_trgm", "search_name"},
            {"application_search_email_trgm", "search_email"},
            {"application_reference_trgm", "reference"}};

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
            return;
        }
        Savepoint before = connection.setSavepoint();
        try (Statement statement = connection.createStatement()) {
            statement.execute("create extension if not exists pg_trgm");
            String schema = trigramSchema(statement);
            for (String[] index : INDEXES) {
                statement.execute(createIndex(index, schema + ".gin_trgm_ops"));
            }
        } catch (SQLException e) {
            connection.rollback(before);
            LOG.warnf("The search's trigram indexes were not made (%s): the staff's search works, reading every dossier."
                    + " Install the extension pg_trgm in the database, then run: %s", e.getMessage(), statements());
        }
    }

    /** Where the extension's operator classes are (public unless it was installed elsewhere before). */
    private static String trigramSchema(Statement statement) throws SQLException {
        try (ResultSet rs = statement.executeQuery("select n.nspname from pg_extension e join pg_namespace n"
                + " on n.oid = e.extnamespace where e.extname = 'pg_trgm'")) {
            return rs.next() ? "\"" + rs.getString(1).replace("\"", "\"\"") + "\"" : "public";
        }
    }

    /** What to run by hand once the extension is installed. */
    private static String statements() {
        StringBuilder sql = new StringBuilder();
        for (String[] index : INDEXES) {
            sql.append(createIndex(index, "gin_trgm_ops")).append("; ");
        }
        return sql.toString().trim();
    }

    private static String createIndex(String[] index, String operatorClass) {
        return "create index if not exists " + index[0] + " on application using gin (" + index[1] + " " + operatorClass
                + ") with (fastupdate = off)";
    }
}
