package io.evalstream.scorer.result;

import io.evalstream.scorer.ceval.SubjectTally;
import java.util.Comparator;
import java.util.List;

/** Per-subject tallies of a run in the run's subject order. */
public final class RunTallies {

    private RunTallies() {
    }

    /** Counted from the stored results right now. */
    public static List<SubjectTally> live(ScoredRun run) {
        return ordered(run, QuestionResult.talliesOfRun(run.runId));
    }

    /** The stored scores of a complete run, the live count otherwise. */
    public static List<SubjectTally> reported(ScoredRun run) {
        return run.complete()
                ? ordered(run, SubjectScore.ofRun(run.runId).stream().map(SubjectScore::tally).toList())
                : live(run);
    }

    private static List<SubjectTally> ordered(ScoredRun run, List<SubjectTally> tallies) {
        List<String> order = run.subjectList();
        return tallies.stream().sorted(Comparator.comparingInt((SubjectTally t) -> position(order, t.subject()))
                .thenComparing(SubjectTally::subject)).toList();
    }

    private static int position(List<String> order, String subject) {
        int index = order.indexOf(subject);
        return index < 0 ? Integer.MAX_VALUE : index;
    }
}
