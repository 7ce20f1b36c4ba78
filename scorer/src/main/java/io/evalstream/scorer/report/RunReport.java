package io.evalstream.scorer.report;

import io.evalstream.scorer.ceval.GroupScore;
import io.evalstream.scorer.ceval.SubjectTally;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A run's scores as the report formats need them.
 *
 * @param subjects the run's subjects in report order
 * @param tallies  by subject, only subjects with at least one result
 * @param graded   false for splits without gold answers (predictions only)
 */
public record RunReport(String runId, String modelAbbr, String split, String promptVersion, String datasetLabel,
        List<String> subjects, boolean complete, boolean graded, Map<String, SubjectTally> tallies,
        List<GroupScore> groups, Double weightedAverage) {

    public String dataset(String subject) {
        return datasetLabel + "-" + subject;
    }

    public Optional<SubjectTally> tally(String subject) {
        return Optional.ofNullable(tallies.get(subject));
    }
}
