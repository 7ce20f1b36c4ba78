package io.evalstream.scorer.ingest;

import io.evalstream.pipeline.RunEvent;
import io.evalstream.scorer.ceval.SubjectTally;
import io.evalstream.scorer.result.QuestionResult;
import io.evalstream.scorer.result.RunScores;
import io.evalstream.scorer.result.ScoredRun;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Once every expected question has a result: stores the per-subject scores and decides COMPLETED or FAILED. */
@ApplicationScoped
public class RunCompletion {

    private final RunEvents events;

    public RunCompletion(RunEvents events) {
        this.events = events;
    }

    RunEvent complete(ScoredRun run, long scored, long correct, long failed) {
        List<SubjectTally> tallies = RunScores.refresh(run);
        if (run.completedAt == null) {
            run.completedAt = Instant.now();
        }
        if (failed > 0) {
            return events.failed(run, scored, correct, failed, failureMessage(run, failed));
        }
        if (run.headlineAccuracy == null) {
            return events.completed(run, scored, correct, 0.0, "predictions only");
        }
        return events.completed(run, scored, correct, run.headlineAccuracy, String.format(Locale.ROOT,
                "%s %.2f (naive average of %d subjects), question-weighted %.2f", run.datasetLabel,
                run.headlineAccuracy, tallies.size(), run.weightedAccuracy));
    }

    private static String failureMessage(ScoredRun run, long failed) {
        List<String> order = run.subjectList();
        QuestionResult first = QuestionResult.failuresOfRun(run.runId).stream()
                .min(Comparator.comparingInt((QuestionResult r) -> order.indexOf(r.subject))
                        .thenComparingInt(r -> r.rowIndex))
                .orElseThrow();
        return failed + " of " + run.expectedQuestions + " questions failed inference, first: " + first.errorCode
                + ": " + first.errorMessage;
    }
}
