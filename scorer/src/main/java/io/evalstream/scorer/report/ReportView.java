package io.evalstream.scorer.report;

import io.evalstream.scorer.ceval.SubjectTally;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import java.util.Optional;

/**
 * The JSON report: per-subject rows, the naive-average groups (incomplete ones apart, with the datasets they lack),
 * the question-weighted average as an extra, evalstream's prompt version and the run's warnings.
 */
@RegisterForReflection
public record ReportView(String runId, String modelAbbr, String split, boolean complete, String promptVersion,
        List<Subject> subjects, List<Group> groups, List<IncompleteGroup> incompleteGroups, Double weightedAverage,
        List<String> warnings) {

    @RegisterForReflection
    public record Subject(String subject, String dataset, String version, String metric, String mode, Double accuracy,
            Long correct, long total) {
    }

    @RegisterForReflection
    public record Group(String dataset, String version, String metric, String mode, double accuracy) {
    }

    @RegisterForReflection
    public record IncompleteGroup(String dataset, List<String> missing) {
    }

    static ReportView of(RunReport report) {
        List<Subject> subjects = report.subjects().stream().map(s -> {
            Optional<SubjectTally> tally = report.tally(s);
            boolean scored = report.graded() && tally.isPresent();
            Long correct = report.graded() ? tally.map(SubjectTally::correct).orElse(0L) : null;
            return new Subject(s, report.dataset(s), report.version(s), "accuracy", "gen",
                    scored ? tally.get().accuracy() : null, correct, tally.map(SubjectTally::total).orElse(0L));
        }).toList();
        List<Group> groups = report.groups().stream().filter(g -> g.complete())
                .map(g -> new Group(g.dataset(), "-", "naive_average", "gen", g.naiveAverage().getAsDouble())).toList();
        List<IncompleteGroup> incomplete = report.groups().stream().filter(g -> !g.complete())
                .map(g -> new IncompleteGroup(g.dataset(), g.missingDatasets())).toList();
        return new ReportView(report.runId(), report.modelAbbr(), report.split(), report.complete(),
                report.promptVersion(), subjects, groups, incomplete, report.weightedAverage(), report.warnings());
    }
}
