package io.evalstream.orchestrator.benchmark.ceval;

/** One CSV row; {@code index} is the 0-based row index, {@code answer} is empty for the test split. */
public record CevalRow(int index, String id, String question, String a, String b, String c, String d,
        String answer) {
}
