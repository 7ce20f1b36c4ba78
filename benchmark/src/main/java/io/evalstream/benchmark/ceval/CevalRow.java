package io.evalstream.benchmark.ceval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.SequencedMap;

/**
 * One CSV row as OpenCompass's {@code CEvalDataset} holds it: the columns in header order, then {@code explanation}
 * and {@code answer} set to empty strings where the file lacks them (the test split). {@code index} is the 0-based
 * row index.
 */
public record CevalRow(int index, SequencedMap<String, String> columns) {

    public CevalRow {
        columns = Collections.unmodifiableSequencedMap(new LinkedHashMap<>(columns));
    }

    public String id() {
        return columns.get("id");
    }

    public String question() {
        return columns.get("question");
    }

    public String a() {
        return columns.get("A");
    }

    public String b() {
        return columns.get("B");
    }

    public String c() {
        return columns.get("C");
    }

    public String d() {
        return columns.get("D");
    }

    /** The gold letter; empty for the test split. */
    public String answer() {
        return columns.get("answer");
    }

    /** The row as the question being asked: OpenCompass blanks the output column ({@code answer}). */
    public SequencedMap<String, String> asQuestion() {
        SequencedMap<String, String> entry = new LinkedHashMap<>(columns);
        entry.put("answer", "");
        return entry;
    }
}
