package io.evalstream.scorer.ingest;

import io.evalstream.pipeline.PredictionBatch;
import io.evalstream.pipeline.RunEvent;
import io.evalstream.benchmark.ceval.Accuracy;
import io.evalstream.benchmark.postprocess.Postprocessors;
import io.evalstream.scorer.result.QuestionResult;
import io.evalstream.scorer.result.RunCounts;
import io.evalstream.scorer.result.ScoredRun;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/** Upserts a batch's run and results in one transaction and returns the events to emit once it has committed. */
@ApplicationScoped
public class PredictionStore {

    private final RunCompletion completion;
    private final RunEvents events;

    public PredictionStore(RunCompletion completion, RunEvents events) {
        this.completion = completion;
        this.events = events;
    }

    @Transactional
    public List<RunEvent> store(PredictionBatch batch) {
        ScoredRun run = RunRecorder.upsert(batch.getRun());
        ResultRecorder.upsert(run.runId, batch.getPredictionsList(), Postprocessors.named(run.postprocessor));
        RunCounts counts = QuestionResult.countsOfRun(run.runId);
        List<RunEvent> result = new ArrayList<>();
        result.add(events.progress(run, counts.scored(), counts.correct(), counts.failed(),
                Accuracy.percent(counts.correct(), counts.scored())));
        if (run.expectedQuestions > 0 && counts.scored() >= run.expectedQuestions) {
            result.add(completion.complete(run, counts.scored(), counts.correct(), counts.failed()));
        }
        return result;
    }
}
