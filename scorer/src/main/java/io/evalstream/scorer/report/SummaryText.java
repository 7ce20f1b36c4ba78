package io.evalstream.scorer.report;

import io.evalstream.benchmark.ceval.GroupScore;
import io.evalstream.scorer.report.python.PythonFloat;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code summary_<ts>.txt} as OpenCompass 0.2.4's DefaultSummarizer writes it: the timestamp, then the table in
 * tabulate and csv format and the raw results, each block between lines of 128 '^' and '$', with dividers between.
 */
public final class SummaryText {

    private static final String OPEN = "^".repeat(128) + "\n";
    private static final String CLOSE = "$".repeat(128) + "\n";
    private static final String DIVIDER = "-".repeat(128) + " THIS IS A DIVIDER " + "-".repeat(128) + "\n";

    private SummaryText() {
    }

    public static String render(String timestamp, RunReport report) {
        List<List<String>> table = SummaryTable.of(report);
        return timestamp + "\n"
                + "tabulate format\n" + OPEN + Tabulate.simple(table) + "\n" + CLOSE + "\n"
                + DIVIDER + "\n"
                + "csv format\n" + OPEN + table.stream().map(r -> String.join(",", r))
                        .collect(Collectors.joining("\n")) + "\n" + CLOSE + "\n"
                + DIVIDER + "\n"
                + "raw format\n" + OPEN + raw(report) + "\n" + CLOSE;
    }

    private static String raw(RunReport report) {
        List<String> lines = new ArrayList<>();
        lines.add("-------------------------------");
        lines.add("Model: " + report.modelAbbr());
        if (report.graded()) {
            report.subjects().forEach(subject -> report.tally(subject).ifPresent(t -> lines.add(
                    report.dataset(subject) + ": {'accuracy': " + PythonFloat.repr(t.accuracy()) + "}")));
            for (GroupScore group : report.groups()) {
                lines.add(group.dataset() + ": " + rawGroup(group));
            }
        }
        return String.join("\n", lines);
    }

    /** Python's repr of the group's result dict; the error's list of names contains quotes, so it is in "…". */
    private static String rawGroup(GroupScore group) {
        if (group.complete()) {
            return "{'naive_average': " + PythonFloat.repr(group.naiveAverage().getAsDouble()) + "}";
        }
        return "{'error': \"missing metrics: [" + group.missingDatasets().stream().map(d -> "'" + d + "'")
                .collect(Collectors.joining(", ")) + "]\"}";
    }
}
