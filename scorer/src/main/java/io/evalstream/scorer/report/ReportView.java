package io.evalstream.scorer.report;

import io.evalstream.scorer.ceval.SubjectTally;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import java.util.Optional;

/** The JSON report: per-subject rows, the naive-average groups and the question-weighted average as an extra. */
@RegisterForReflection
public record ReportView(String runId, String modelAbbr, String split, boolean complete, List<Subject> subjects,
        List<Group> groups, Double weightedAverage) {

    @RegisterForReflection
    public record Subject(String subject, String dataset, String version, String metric, String mode, Double accuracy,
            Long correct, long total) {
    }

    @RegisterForReflection
    public record Group(String dataset, String version, String metric, String mode, double accuracy) {
    }

    static ReportView of(RunReport report) {
        List<Subject> subjects = report.subjects().stream().map(s -> {
            Optional<SubjectTally> tally = report.tally(s);
            boolean scored = report.graded() && tally.isPresent();
            Long correct = report.graded() ? tally.map(SubjectTally::correct).orElse(0L) : null;
            return new Subject(s, report.dataset(s), report.promptVersion(), "accuracy", "gen",
                    scored ? tally.get().accuracy() : null, correct, tally.map(SubjectTally::total).orElse(0L));
        }).toList();
        List<Group> groups = report.groups().stream()
                .map(g -> new Group(g.dataset(), "-", "naive_average", "gen", g.accuracy())).toList();
        return new ReportView(report.runId(), report.modelAbbr(), report.split(), report.complete(), subjects, groups,
                report.weightedAverage());
    }
}
