package io.evalstream.scorer.report;

import io.evalstream.benchmark.ceval.CevalVersion;
import io.evalstream.benchmark.ceval.GroupScore;
import io.evalstream.scorer.ceval.SubjectTally;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A run's scores as the report formats need them.
 *
 * @param promptVersion evalstream's own hash of the prompt template (run metadata; the summary's version column is
 *                      OpenCompass's per-subject value, {@link #version(String)})
 * @param subjects      the run's subjects in report order
 * @param tallies       by subject, only subjects with at least one result
 * @param graded        false for splits without gold answers (predictions only)
 * @param groups        OpenCompass's groups in the listed order, incomplete ones included
 * @param warnings      problems that do not stop the run, e.g. prompts over OpenCompass's input limit
 */
public record RunReport(String runId, String modelAbbr, String split, String promptVersion, String datasetLabel,
        List<String> subjects, boolean complete, boolean graded, Map<String, SubjectTally> tallies,
        List<GroupScore> groups, Double weightedAverage, List<String> warnings) {

    public String dataset(String subject) {
        return datasetLabel + "-" + subject;
    }

    /** OpenCompass's {@code version} column for a subject's dataset. */
    public String version(String subject) {
        return CevalVersion.ofSubject(subject);
    }

    public Optional<SubjectTally> tally(String subject) {
        return Optional.ofNullable(tallies.get(subject));
    }
}
