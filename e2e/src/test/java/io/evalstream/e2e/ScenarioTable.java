package io.evalstream.e2e;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** Each scenario's outcome and duration, printed as a table at the end of the suite. */
final class ScenarioTable {

    record Row(String scenario, String outcome, double seconds) {
    }

    private final List<Row> rows = new ArrayList<>();

    synchronized void record(String scenario, Throwable failure, long startNanos) {
        String outcome = failure == null ? "passed" : "FAILED: " + String.valueOf(failure.getMessage()).lines()
                .findFirst().orElse(failure.getClass().getSimpleName());
        rows.add(new Row(scenario, outcome, (System.nanoTime() - startNanos) / 1e9));
    }

    synchronized void print(PrintStream out, double totalSeconds) {
        int width = rows.stream().mapToInt(r -> r.scenario().length()).max().orElse(8);
        String format = "%-" + width + "s  %8s  %s%n";
        out.println();
        out.printf(format, "scenario", "seconds", "outcome");
        rows.forEach(r -> out.printf(format, r.scenario(), String.format("%.1f", r.seconds()), r.outcome()));
        out.printf(format, "total", String.format("%.1f", totalSeconds), "");
    }
}
