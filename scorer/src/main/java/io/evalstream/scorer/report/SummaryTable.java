package io.evalstream.scorer.report;

import io.evalstream.scorer.ceval.GroupScore;
import io.evalstream.scorer.ceval.SubjectTally;
import io.evalstream.scorer.report.python.PythonFloat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * OpenCompass's summary table: a header row, one row per subject in run order, then the group rows. A subject without
 * an accuracy gets OpenCompass's all-dash row.
 */
public final class SummaryTable {

    private SummaryTable() {
    }

    public static List<List<String>> of(RunReport report) {
        List<List<String>> table = new ArrayList<>();
        table.add(List.of("dataset", "version", "metric", "mode", report.modelAbbr()));
        for (String subject : report.subjects()) {
            Optional<SubjectTally> tally = report.tally(subject).filter(t -> report.graded());
            table.add(tally.map(t -> List.of(report.dataset(subject), report.promptVersion(), "accuracy", "gen",
                    PythonFloat.fixed2(t.accuracy())))
                    .orElseGet(() -> List.of(report.dataset(subject), "-", "-", "-", "-")));
        }
        for (GroupScore group : report.groups()) {
            table.add(List.of(group.dataset(), "-", "naive_average", "gen", PythonFloat.fixed2(group.accuracy())));
        }
        return table;
    }
}
