package io.evalstream.bench;

import io.evalstream.cli.stack.LocalPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** Removes what the benchmark's services stored: their schemas hold every prompt of every measured run. */
final class BenchSchemas {

    private BenchSchemas() {
    }

    static void drop(String prefix) throws SQLException {
        try (Connection db = DriverManager.getConnection(LocalPostgres.JDBC_URL, "evalstream", "evalstream");
                Statement statement = db.createStatement()) {
            for (String service : new String[] {"orchestrator", "scorer"}) {
                statement.execute("DROP SCHEMA IF EXISTS " + prefix + service + " CASCADE");
            }
        }
    }
}
