package io.evalstream.e2e;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The scorer's stored results of a run, read straight from its PostgreSQL schema. */
final class StoredResults {

    private static final String URL = "jdbc:postgresql://127.0.0.1:5432/evalstream";

    private StoredResults() {
    }

    private static String checked(String schema) {
        if (!schema.matches("[a-z_]+")) {
            throw new IllegalArgumentException(schema);
        }
        return schema;
    }

    /** Rows and distinct question ids stored for the run. */
    record Counts(long rows, long questions) {
    }

    /** Drops the schemas with everything in them, so that the services start on empty ones. */
    static void dropSchemas(String... schemas) throws SQLException {
        try (Connection connection = DriverManager.getConnection(URL, "evalstream", "evalstream");
                java.sql.Statement statement = connection.createStatement()) {
            for (String schema : schemas) {
                statement.execute("drop schema if exists " + checked(schema) + " cascade");
            }
        }
    }

    static Counts of(String schema, String runId) throws SQLException {
        checked(schema);
        try (Connection connection = DriverManager.getConnection(URL, "evalstream", "evalstream");
                PreparedStatement query = connection.prepareStatement("select count(*), count(distinct question_id) from "
                        + schema + ".question_result where run_id = ?")) {
            query.setString(1, runId);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return new Counts(result.getLong(1), result.getLong(2));
            }
        }
    }
}
