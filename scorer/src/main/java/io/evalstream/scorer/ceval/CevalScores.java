package io.evalstream.scorer.ceval;

import io.evalstream.benchmark.ceval.Accuracy;
import io.evalstream.benchmark.ceval.CevalGroups;
import io.evalstream.benchmark.ceval.GroupScore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A run's group scores from its per-subject tallies. */
public final class CevalScores {

    private CevalScores() {
    }

    /** OpenCompass's groups of the subjects with results, in the listed order. */
    public static List<GroupScore> groups(String datasetLabel, List<SubjectTally> tallies) {
        Map<String, Double> accuracies = new LinkedHashMap<>();
        tallies.forEach(t -> accuracies.put(t.subject(), t.accuracy()));
        return CevalGroups.score(datasetLabel, accuracies);
    }

    /**
     * The run's headline: OpenCompass's all-subject group when the run has every subject, else the plain mean of the
     * subjects it has (a partial run has no such row in the summary).
     */
    public static double headline(String datasetLabel, List<SubjectTally> tallies) {
        return groups(datasetLabel, tallies).stream()
                .filter(g -> g.dataset().equals(datasetLabel) && g.complete())
                .mapToDouble(g -> g.naiveAverage().getAsDouble())
                .findFirst()
                .orElseGet(() -> tallies.stream().mapToDouble(SubjectTally::accuracy).sum() / tallies.size());
    }

    /** Every scored question counts once: the extra, clearly not OpenCompass's headline. */
    public static double weightedAverage(List<SubjectTally> tallies) {
        return Accuracy.percent(tallies.stream().mapToLong(SubjectTally::correct).sum(),
                tallies.stream().mapToLong(SubjectTally::total).sum());
    }
}
