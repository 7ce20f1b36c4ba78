package io.evalstream.scorer.ingest;

import io.evalstream.scorer.result.RunCounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.hibernate.Session;

/**
 * Writes a run's results as sets, a few statements per run whatever the number of rows: the prompts not stored yet,
 * then one multi-row {@code INSERT … ON CONFLICT (run_id, question_id) DO UPDATE}, so that a redelivered question
 * overwrites its result and is never counted twice. Returns how the run's counts change.
 */
@ApplicationScoped
public class ResultWriter {

    private static final String COLUMNS = "question_id, subject, row_index, prompthash, gold, rawoutput, prediction, correct, "
            + "finishreason, inputtokens, outputtokens, latencymicros, workerid, errorcode, errormessage";

    private final EntityManager entityManager;
    private final KnownPrompts knownPrompts;
    private final String existingResults;
    private final String storedPrompts;
    private final String insertPrompts;
    private final String upsertResults;

    public ResultWriter(EntityManager entityManager, KnownPrompts knownPrompts, ScorerConfig config) {
        this.entityManager = entityManager;
        this.knownPrompts = knownPrompts;
        String schema = config.schema();
        this.existingResults = "select question_id, correct, errorcode is not null from " + schema
                + ".question_result where run_id = ? and question_id = any(?)";
        this.storedPrompts = "select prompthash from " + schema + ".prompt where prompthash = any(?)";
        this.insertPrompts = "insert into " + schema + ".prompt (prompthash, text) "
                + "select * from unnest(?::varchar[], ?::text[]) on conflict do nothing";
        StringBuilder updates = new StringBuilder("scoredat = excluded.scoredat");
        for (String column : COLUMNS.split(", ")) {
            updates.append(", ").append(column).append(" = excluded.").append(column);
        }
        this.upsertResults = "insert into " + schema + ".question_result (run_id, scoredat, " + COLUMNS + ") "
                + "select ?, ?, * from unnest(?::varchar[], ?::varchar[], ?::int[], ?::varchar[], ?::varchar[], "
                + "?::text[], ?::varchar[], ?::boolean[], ?::varchar[], ?::int[], ?::int[], ?::bigint[], "
                + "?::varchar[], ?::varchar[], ?::text[]) on conflict (run_id, question_id) do update set " + updates;
    }

    /** Rows with distinct question ids. */
    RunCounts write(String runId, Collection<ResultRow> rows) {
        List<ResultRow> list = List.copyOf(rows);
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            Map<String, Outcome> before = existing(connection, runId, list);
            storePrompts(connection, list);
            upsert(connection, runId, list);
            return change(before, list);
        });
    }

    private Map<String, Outcome> existing(Connection connection, String runId, List<ResultRow> rows)
            throws SQLException {
        Map<String, Outcome> found = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(existingResults)) {
            select.setString(1, runId);
            select.setObject(2, column(rows, ResultRow::questionId, String[]::new));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    found.put(rs.getString(1), new Outcome(rs.getBoolean(2), rs.getBoolean(3)));
                }
            }
        }
        return found;
    }

    private void storePrompts(Connection connection, List<ResultRow> rows) throws SQLException {
        Map<String, String> prompts = new LinkedHashMap<>();
        rows.forEach(r -> prompts.putIfAbsent(r.promptHash(), r.prompt()));
        List<String> unknown = knownPrompts.unknown(prompts.keySet());
        if (unknown.isEmpty()) {
            return;
        }
        prompts.keySet().retainAll(unknown);
        Set<String> stored = new HashSet<>();
        try (PreparedStatement select = connection.prepareStatement(storedPrompts)) {
            select.setObject(1, unknown.toArray(String[]::new));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    stored.add(rs.getString(1));
                }
            }
        }
        knownPrompts.rememberOnCommit(unknown);
        prompts.keySet().removeAll(stored);
        if (prompts.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(insertPrompts)) {
            insert.setObject(1, prompts.keySet().toArray(String[]::new));
            insert.setObject(2, prompts.values().toArray(String[]::new));
            insert.executeUpdate();
        }
    }

    private void upsert(Connection connection, String runId, List<ResultRow> rows) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(upsertResults)) {
            int i = 1;
            upsert.setString(i++, runId);
            upsert.setObject(i++, OffsetDateTime.now(ZoneOffset.UTC));
            upsert.setObject(i++, column(rows, ResultRow::questionId, String[]::new));
            upsert.setObject(i++, column(rows, ResultRow::subject, String[]::new));
            upsert.setObject(i++, column(rows, ResultRow::rowIndex, Integer[]::new));
            upsert.setObject(i++, column(rows, ResultRow::promptHash, String[]::new));
            upsert.setObject(i++, column(rows, ResultRow::gold, String[]::new));
            upsert.setObject(i++, column(rows, ResultRow::rawOutput, String[]::new));
            upsert.setObject(i++, column(rows, ResultRow::prediction, String[]::new));
            upsert.setObject(i++, column(rows, ResultRow::correct, Boolean[]::new));
            upsert.setObject(i++, column(rows, ResultRow::finishReason, String[]::new));
            upsert.setObject(i++, column(rows, ResultRow::inputTokens, Integer[]::new));
            upsert.setObject(i++, column(rows, ResultRow::outputTokens, Integer[]::new));
            upsert.setObject(i++, column(rows, ResultRow::latencyMicros, Long[]::new));
            upsert.setObject(i++, column(rows, ResultRow::workerId, String[]::new));
            upsert.setObject(i++, column(rows, ResultRow::errorCode, String[]::new));
            upsert.setObject(i, column(rows, ResultRow::errorMessage, String[]::new));
            upsert.executeUpdate();
        }
    }

    private static RunCounts change(Map<String, Outcome> before, List<ResultRow> after) {
        long added = 0;
        long correct = 0;
        long failed = 0;
        for (ResultRow row : after) {
            Outcome old = before.get(row.questionId());
            added += old == null ? 1 : 0;
            correct += (row.correct() ? 1 : 0) - (old != null && old.correct() ? 1 : 0);
            failed += (row.failed() ? 1 : 0) - (old != null && old.failed() ? 1 : 0);
        }
        return new RunCounts(added, correct, failed);
    }

    /** What a stored result counts for. */
    private record Outcome(boolean correct, boolean failed) {
    }

    /** One column of the rows as a Java array, which the driver sends in PostgreSQL's binary array format. */
    private static <T> T[] column(List<ResultRow> rows, Function<ResultRow, T> column, IntFunction<T[]> newArray) {
        T[] values = newArray.apply(rows.size());
        for (int i = 0; i < values.length; i++) {
            values[i] = column.apply(rows.get(i));
        }
        return values;
    }
}
