package fr.univlorraine.ieps;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every row of every table of the application, reduced to one digest per table: two fingerprints are
 * equal when nothing was written in between. The order of rows does not count (their digests are added).
 */
public final class DatabaseFingerprint {

    /** Tables that change without anyone's action: Flyway's history and the login sessions. */
    private static final Set<String> IGNORED = Set.of("flyway_schema_history", "login_session");

    private DatabaseFingerprint() {}

    /** Table name → row count and digest of its rows. */
    public static Map<String, String> take() {
        AgroalDataSource dataSource = Arc.container().instance(AgroalDataSource.class).get();
        Map<String, String> tables = new TreeMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery("select table_name from information_schema.tables "
                    + "where lower(table_schema) = 'public' and table_type = 'BASE TABLE'")) {
                while (rs.next()) {
                    names.add(rs.getString(1).toLowerCase());
                }
            }
            for (String table : names) {
                if (IGNORED.contains(table)) {
                    continue;
                }
                long count = 0;
                long sum = 0;
                try (ResultSet rs = statement.executeQuery("select * from " + table)) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int c = 1; c <= columns; c++) {
                            row.append(rs.getString(c)).append('\u0001');
                        }
                        sum += digest(row.toString());
                        count++;
                    }
                }
                tables.put(table, count + " rows, " + Long.toHexString(sum));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return tables;
    }

    private static long digest(String row) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(row.getBytes(StandardCharsets.UTF_8));
            long value = 0;
            for (int i = 0; i < 8; i++) {
                value = (value << 8) | (hash[i] & 0xFF);
            }
            return value;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
