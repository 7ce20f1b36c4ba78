package io.evalstream.scorer.result;

import io.evalstream.scorer.ceval.CevalGroups;
import io.evalstream.scorer.ceval.GroupScore;
import io.evalstream.scorer.ceval.SubjectTally;
import java.util.List;

/** Stores a run's per-subject scores and headline numbers from its results as they are now. */
public final class RunScores {

    private RunScores() {
    }

    /** Returns the per-subject tallies that were stored. */
    public static List<SubjectTally> refresh(ScoredRun run) {
        List<SubjectTally> tallies = RunTallies.live(run);
        SubjectScore.replace(run.runId, tallies);
        boolean graded = QuestionResult.anyGold(run.runId);
        List<GroupScore> groups = graded ? CevalGroups.naiveAverages(run.datasetLabel, tallies) : List.of();
        run.headlineAccuracy = groups.isEmpty() ? null : groups.getLast().accuracy();
        run.weightedAccuracy = graded ? CevalGroups.weightedAverage(tallies) : null;
        return tallies;
    }
}
