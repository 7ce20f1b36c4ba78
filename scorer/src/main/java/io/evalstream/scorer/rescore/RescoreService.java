package io.evalstream.scorer.rescore;

import io.evalstream.benchmark.postprocess.Postprocessor;
import io.evalstream.benchmark.postprocess.Postprocessors;
import io.evalstream.benchmark.postprocess.UnknownPostprocessorException;
import io.evalstream.scorer.report.RunNotFoundException;
import io.evalstream.scorer.result.QuestionResult;
import io.evalstream.scorer.result.RunScores;
import io.evalstream.scorer.result.ScoredRun;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Re-extracts every stored result's prediction from its raw output with another postprocessor, without inference.
 * The run keeps that postprocessor for results that arrive later; a complete run's stored scores are recomputed.
 */
@ApplicationScoped
public class RescoreService {

    @Transactional
    public RescoreView rescore(String runId, String postprocessorName) {
        Postprocessor postprocessor = postprocessor(postprocessorName);
        ScoredRun run = ScoredRun.lockedById(runId).orElseThrow(() -> new RunNotFoundException(runId));
        long rescored = 0;
        long changed = 0;
        long correct = 0;
        for (QuestionResult result : QuestionResult.ofRun(runId)) {
            String prediction = result.errorCode != null ? "" : postprocessor.extract(result.rawOutput);
            if (!prediction.equals(result.prediction)) {
                changed++;
            }
            result.prediction = prediction;
            result.correct = !result.gold.isEmpty() && result.gold.equals(prediction);
            correct += result.correct ? 1 : 0;
            rescored++;
        }
        run.postprocessor = postprocessorName;
        run.correctCount = correct;
        if (run.complete()) {
            RunScores.refresh(run);
        }
        Log.infof("run %s rescored with %s: %d results, %d predictions changed", runId, postprocessorName, rescored,
                changed);
        return new RescoreView(runId, postprocessorName, rescored, changed, correct, run.complete(),
                run.headlineAccuracy, run.weightedAccuracy);
    }

    private static Postprocessor postprocessor(String name) {
        if (name == null || name.isBlank()) {
            throw new RescoreRejectedException("postprocessor is required, one of "
                    + String.join(", ", Postprocessors.names()));
        }
        try {
            return Postprocessors.named(name);
        } catch (UnknownPostprocessorException e) {
            throw new RescoreRejectedException(e.getMessage());
        }
    }
}
