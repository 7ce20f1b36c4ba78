package io.evalstream.scorer.report;

import io.evalstream.scorer.ceval.GroupScore;
import io.evalstream.scorer.report.python.PythonFloat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code summary_<ts>.txt} in the layout of OpenCompass's DefaultSummarizer: the timestamp, then the table in
 * tabulate, csv and markdown format and the raw results, each block between lines of 128 '^' and '$'.
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
                + "markdown format\n" + OPEN + markdown(table) + "\n" + CLOSE
                + DIVIDER + "\n"
                + "raw format\n" + OPEN + raw(report) + "\n" + CLOSE;
    }

    private static String markdown(List<List<String>> table) {
        StringBuilder md = new StringBuilder("| " + String.join(" | ", table.getFirst()) + " |\n");
        md.append('|').append(String.join(" | ", Collections.nCopies(table.getFirst().size(), "-----")))
                .append("|\n");
        table.subList(1, table.size()).forEach(row -> md.append("| ").append(String.join(" | ", row)).append(" |\n"));
        return md.toString();
    }

    private static String raw(RunReport report) {
        List<String> lines = new ArrayList<>();
        lines.add("-------------------------------");
        lines.add("Model: " + report.modelAbbr());
        if (report.graded()) {
            report.subjects().forEach(subject -> report.tally(subject).ifPresent(t -> lines.add(
                    report.dataset(subject) + ": {'accuracy': " + PythonFloat.repr(t.accuracy()) + "}")));
            for (GroupScore group : report.groups()) {
                lines.add(group.dataset() + ": {'naive_average': " + PythonFloat.repr(group.accuracy()) + "}");
            }
        }
        return String.join("\n", lines);
    }
}
