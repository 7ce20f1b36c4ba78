package io.evalstream.bench;

import io.evalstream.cli.stack.LocalPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * The work the runs asked of the model: prompt code points and output tokens (the sim counts one token per code
 * point), read from the scorer's stored results.
 */
record PromptLoad(long questions, long promptChars, long outputTokens) {

    static PromptLoad of(String scorerSchema, List<String> runIds) throws SQLException {
        String sql = "SELECT count(*), sum(char_length(p.text)), sum(char_length(r.rawoutput)) FROM " + scorerSchema
                + ".question_result r JOIN " + scorerSchema + ".prompt p USING (prompthash) WHERE r.run_id = ANY (?)";
        try (Connection db = DriverManager.getConnection(LocalPostgres.JDBC_URL, "evalstream", "evalstream");
                PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setArray(1, db.createArrayOf("varchar", runIds.toArray()));
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return new PromptLoad(row.getLong(1), row.getLong(2), row.getLong(3));
            }
        }
    }

    double meanPromptChars() {
        return (double) promptChars / questions;
    }

    double meanOutputTokens() {
        return (double) outputTokens / questions;
    }
}
