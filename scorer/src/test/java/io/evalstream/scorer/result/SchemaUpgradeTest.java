package io.evalstream.scorer.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A schema that Hibernate created before Flyway, with results in it, migrated to the current version. */
@QuarkusTest
class SchemaUpgradeTest {

    private static final String SCHEMA = "scorer_upgrade_test";

    @Inject
    DataSource dataSource;

    @Test
    void upgradesTheSchemaHibernateCreatedKeepingEveryResult() throws Exception {
        try (Connection db = dataSource.getConnection(); Statement sql = db.createStatement()) {
            sql.execute("drop schema if exists " + SCHEMA + " cascade");
            sql.execute("create schema " + SCHEMA);
            sql.execute("set search_path to " + SCHEMA);
            sql.execute(resource("db/migration/V1__schema_created_by_hibernate.sql"));
            sql.execute("insert into scored_run (run_id, expectedQuestions, subjects) values ('r1', 3, 'law'), "
                    + "('r2', 1, 'law')");
            sql.execute("insert into question_result (run_id, question_id, subject, row_index, prompt, promptHash, "
                    + "gold, rawOutput, prediction, correct, latencyMicros, errorCode) values "
                    + "('r1', 'q0', 'law', 0, 'prompt zero', 'h0', 'A', 'A', 'A', true, 1, null), "
                    + "('r1', 'q1', 'law', 1, 'prompt one', '', 'B', '', '', false, 1, 'UNAVAILABLE'), "
                    + "('r1', 'q2', 'law', 2, 'prompt two', 'h2', 'C', 'D', 'D', false, 1, null), "
                    + "('r2', 'q0', 'law', 0, 'prompt zero', 'h0', 'A', 'A', 'A', true, 1, null)");
            sql.execute("set search_path to public");
        }

        Flyway.configure().dataSource(dataSource).schemas(SCHEMA).baselineOnMigrate(true).baselineVersion("1")
                .locations("db/migration").load().migrate();

        assertEquals(List.of("r1 3 1 1", "r2 1 1 0"), rows("select run_id || ' ' || scoredCount || ' ' || "
                + "correctCount || ' ' || failedCount from " + SCHEMA + ".scored_run order by run_id"));
        // The prompt that came without a hash is found by the SHA-256 of its text, as the orchestrator hashes it.
        assertEquals(List.of("r1 q0 prompt zero", "r1 q1 prompt one", "r1 q2 prompt two", "r2 q0 prompt zero"),
                rows("select run_id || ' ' || question_id || ' ' || p.text from " + SCHEMA + ".question_result r join "
                        + SCHEMA + ".prompt p using (promptHash) order by run_id, question_id"));
        assertEquals(List.of("3"), rows("select count(*) from " + SCHEMA + ".prompt"));
        assertEquals(List.of("fabfb92cdb862dd4f5275e05b0f06519c28c68472c549c9bb5e2b8052fcb7fbd"),
                rows("select promptHash from " + SCHEMA + ".question_result where question_id = 'q1'"));
        assertFalse(rows("select column_name from information_schema.columns where table_schema = '" + SCHEMA
                + "' and table_name = 'question_result'").contains("prompt"));
    }

    @AfterEach
    void dropSchema() throws SQLException {
        try (Connection db = dataSource.getConnection(); Statement sql = db.createStatement()) {
            sql.execute("drop schema if exists " + SCHEMA + " cascade");
        }
    }

    private List<String> rows(String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection db = dataSource.getConnection(); Statement sql = db.createStatement();
                ResultSet result = sql.executeQuery(query)) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = SchemaUpgradeTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
