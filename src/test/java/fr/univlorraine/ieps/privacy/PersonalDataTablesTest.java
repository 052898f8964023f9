package fr.univlorraine.ieps.privacy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The registry of personal data names every table of the database, as Flyway made it: a new table fails this test
 * until it says how a candidate's rows are found in it, or why it holds none to give.
 */
@QuarkusTest
class PersonalDataTablesTest {

    @Inject
    DataSource dataSource;

    @Test
    void everyTableOfTheDatabaseIsInTheDownloadOrDeclaredWithoutACandidatesData() throws Exception {
        Set<String> tables = tables();
        assertTrue(tables.contains("application") && tables.size() > 40, "tables read: " + tables);
        List<String> forgotten = tables.stream().filter(t -> !PersonalDataTables.named().contains(t)).toList();
        assertTrue(forgotten.isEmpty(), "tables the registry of personal data does not name (say how a candidate's rows "
                + "are found, or why it holds none): " + forgotten);
        List<String> gone = PersonalDataTables.named().stream().filter(t -> !tables.contains(t)).toList();
        assertTrue(gone.isEmpty(), "the registry names tables the database does not have: " + gone);
    }

    @Test
    void theColumnsTheRegistryKeepsOrLeavesExist() throws Exception {
        List<String> unknown = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            for (var table : PersonalDataTables.personal()) {
                Set<String> columns = new TreeSet<>();
                try (ResultSet rs = connection.getMetaData().getColumns(null, null, table.table(), null)) {
                    while (rs.next()) {
                        columns.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                    }
                }
                assertFalse(columns.isEmpty(), "no column read for " + table.table());
                for (String column : union(table.kept(), table.left())) {
                    if (!columns.contains(column)) {
                        unknown.add(table.table() + "." + column);
                    }
                }
            }
        }
        assertTrue(unknown.isEmpty(), "columns named by the registry that do not exist: " + unknown);
    }

    @Test
    void everyTableWithheldFromTheArchiveSaysWhy() {
        for (var other : PersonalDataTables.others()) {
            assertFalse(other.why().isBlank(), other.table());
        }
        assertTrue(PersonalDataTables.withheld().containsAll(List.of(MyDataWithheld.values())),
                "every reason the page states is the reason of a table");
    }

    private Set<String> tables() throws Exception {
        Set<String> tables = new TreeSet<>();
        try (Connection connection = dataSource.getConnection();
                ResultSet rs = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String schema = rs.getString("TABLE_SCHEM");
                if (schema != null && schema.equalsIgnoreCase("public")) {
                    tables.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        return tables;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }
}
