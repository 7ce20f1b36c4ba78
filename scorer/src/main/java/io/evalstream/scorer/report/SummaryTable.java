package io.evalstream.scorer.report;

import io.evalstream.benchmark.ceval.GroupScore;
import io.evalstream.scorer.ceval.SubjectTally;
import io.evalstream.scorer.report.python.PythonFloat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * OpenCompass's summary table: a header row, one row per subject in run order (a subject without an accuracy gets the
 * all-dash row), then a row per complete group in the listed order.
 */
public final class SummaryTable {

    private SummaryTable() {
    }

    public static List<List<String>> of(RunReport report) {
        List<List<String>> table = new ArrayList<>();
        table.add(List.of("dataset", "version", "metric", "mode", report.modelAbbr()));
        for (String subject : report.subjects()) {
            Optional<SubjectTally> tally = report.tally(subject).filter(t -> report.graded());
            table.add(tally.map(t -> List.of(report.dataset(subject), report.version(subject), "accuracy", "gen",
                    PythonFloat.fixed2(t.accuracy())))
                    .orElseGet(() -> List.of(report.dataset(subject), "-", "-", "-", "-")));
        }
        for (GroupScore group : report.groups()) {
            if (group.complete()) {
                table.add(List.of(group.dataset(), "-", "naive_average", "gen",
                        PythonFloat.fixed2(group.naiveAverage().getAsDouble())));
            }
        }
        return table;
    }
}
