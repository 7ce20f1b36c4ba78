package io.evalstream.orchestrator.run.state;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A database whose schema Hibernate created before migrations existed upgrades in place, keeping its runs, and ends up
 * with the same table as a new database migrated from scratch.
 */
class SchemaMigrationTest {

    private static final String URL = "jdbc:postgresql://127.0.0.1:5432/evalstream_test";
    private static final String USER = "evalstream";
    private static final String EXISTING = "orchestrator_upgrade_test";
    private static final String FRESH = "orchestrator_fresh_test";

    @AfterEach
    void dropSchemas() throws SQLException {
        execute("drop schema if exists " + EXISTING + " cascade; drop schema if exists " + FRESH + " cascade");
    }

    @Test
    void aSchemaCreatedByHibernateUpgradesAndMatchesANewOne() throws Exception {
        dropSchemas();
        String oldSchema = new String(Objects.requireNonNull(getClass().getResourceAsStream(
                "/db/hibernate-runs-schema.sql")).readAllBytes(), StandardCharsets.UTF_8);
        execute("create schema " + EXISTING + "; set search_path to " + EXISTING + "; " + oldSchema
                + "; insert into runs (id, batchsize, correct, done, failed, maxnewtokens, temperature, total, seed,"
                + " status, subjects) values ('run-1', 16, 3, 5, 0, 100, 0, 10, 0, 'RUNNING', '{computer_network}')");

        migrate(EXISTING);
        migrate(FRESH);

        assertEquals(columns(FRESH), columns(EXISTING));
        assertEquals(List.of("run-1 RUNNING 5/10 [computer_network] 0 0"), query(
                "select id || ' ' || status || ' ' || done || '/' || total || ' [' || array_to_string(subjects, ',')"
                        + " || '] ' || reused || ' ' || deadletters from " + EXISTING + ".runs"));
        List<String> laterMigrations = query("select version || ' ' || type from " + FRESH
                + ".flyway_schema_history where type = 'SQL' and version <> '1' order by installed_rank");
        assertEquals(Stream.concat(Stream.of("1 BASELINE"), laterMigrations.stream()).toList(), query(
                "select version || ' ' || type from " + EXISTING + ".flyway_schema_history order by installed_rank"),
                "taken as version 1, then every later migration applied");
    }

    /** The migration settings of application.properties, on another schema. */
    private static void migrate(String schema) {
        Flyway.configure().dataSource(URL, USER, "").schemas(schema).createSchemas(true).baselineOnMigrate(true)
                .baselineVersion("1").locations("classpath:db/migration").load().migrate();
    }

    private static List<String> columns(String schema) throws SQLException {
        return query("select column_name || ' ' || data_type || ' ' || coalesce(character_maximum_length::text, '')"
                + " || ' ' || is_nullable || ' ' || coalesce(column_default, '') from information_schema.columns"
                + " where table_schema = '" + schema + "' and table_name = 'runs' order by column_name");
    }

    private static List<String> query(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(URL, USER, "");
                Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(URL, USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
