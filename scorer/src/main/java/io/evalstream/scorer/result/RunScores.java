package io.evalstream.scorer.result;

import io.evalstream.scorer.ceval.CevalScores;
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
        boolean scored = graded && !tallies.isEmpty();
        run.headlineAccuracy = scored ? CevalScores.headline(run.datasetLabel, tallies) : null;
        run.weightedAccuracy = scored ? CevalScores.weightedAverage(tallies) : null;
        return tallies;
    }
}
