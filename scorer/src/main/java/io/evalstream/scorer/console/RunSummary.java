package io.evalstream.scorer.console;

import io.evalstream.scorer.report.RunReport;
import io.evalstream.scorer.report.SummaryTable;
import java.util.List;

/**
 * A run's summary exactly as its {@code summary_<ts>.csv}: the header, a row per subject, then the group rows.
 *
 * @param lines the rows after the header
 */
public record RunSummary(RunReport report, List<String> header, List<Line> lines) {

    public record Line(List<String> cells, boolean group) {
    }

    public static RunSummary of(RunReport report) {
        List<List<String>> table = SummaryTable.of(report);
        int firstGroup = table.size() - report.groups().size();
        List<Line> lines = new java.util.ArrayList<>();
        for (int i = 1; i < table.size(); i++) {
            lines.add(new Line(table.get(i), i >= firstGroup));
        }
        return new RunSummary(report, table.getFirst(), lines);
    }
}
