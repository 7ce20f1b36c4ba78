package io.evalstream.scorer.console;

import io.evalstream.scorer.ceval.GroupScore;
import io.evalstream.scorer.ceval.SubjectTally;
import io.evalstream.scorer.report.RunReport;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Stored runs side by side: each subject's and each summary group's accuracy per run and its difference from the
 * first run (the baseline). Subjects in the baseline's order, then those only the other runs have.
 */
public record Comparison(List<RunReport> runs, List<Row> rows) {

    /** The smallest difference the summary's two decimals show. */
    public static final double SHOWN = 0.005;

    /**
     * @param accuracies  one per run, null where the run has no score for the row
     * @param differences one per run after the baseline, null where either side has no score
     */
    public record Row(String dataset, String subject, boolean group, List<Double> accuracies, List<Double> differences) {

        /** Whether any run differs from the baseline by at least the 0.01 shown in the summary. */
        public boolean differs() {
            return differences.stream().anyMatch(d -> d != null && Math.abs(d) >= SHOWN);
        }
    }

    public static Comparison of(List<RunReport> runs) {
        if (runs.size() < 2) {
            throw new BadConsoleInput("a comparison needs at least two runs, got " + runs.size());
        }
        Set<String> subjects = new LinkedHashSet<>();
        runs.forEach(run -> subjects.addAll(run.subjects()));
        List<Row> rows = new ArrayList<>();
        RunReport baseline = runs.getFirst();
        for (String subject : subjects) {
            rows.add(row(baseline.dataset(subject), subject, false, runs.stream()
                    .map(run -> run.graded() ? run.tally(subject).map(SubjectTally::accuracy).orElse(null) : null)
                    .toList()));
        }
        Set<String> groups = new LinkedHashSet<>();
        runs.forEach(run -> run.groups().forEach(g -> groups.add(g.dataset())));
        for (String group : groups) {
            rows.add(row(group, null, true, runs.stream().map(run -> run.groups().stream()
                    .filter(g -> g.dataset().equals(group)).map(GroupScore::accuracy).findFirst().orElse(null))
                    .toList()));
        }
        return new Comparison(runs, rows);
    }

    private static Row row(String dataset, String subject, boolean group, List<Double> accuracies) {
        Double base = accuracies.getFirst();
        List<Double> differences = accuracies.subList(1, accuracies.size()).stream()
                .map(a -> a == null || base == null ? null : a - base).toList();
        return new Row(dataset, subject, group, accuracies, differences);
    }
}
