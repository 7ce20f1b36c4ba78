package io.evalstream.scorer.ingest;

import io.evalstream.pipeline.Prediction;
import io.evalstream.pipeline.PredictionBatch;
import io.evalstream.pipeline.RunEvent;
import io.evalstream.benchmark.ceval.Accuracy;
import io.evalstream.benchmark.postprocess.Postprocessor;
import io.evalstream.benchmark.postprocess.Postprocessors;
import io.evalstream.scorer.result.RunCounts;
import io.evalstream.scorer.result.ScoredRun;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Upserts the runs and results of a set of batches in one transaction, counts each run's progress from what changed,
 * and returns the events to emit once it has committed.
 */
@ApplicationScoped
public class PredictionStore {

    private final ResultWriter writer;
    private final RunCompletion completion;
    private final RunEvents events;

    public PredictionStore(ResultWriter writer, RunCompletion completion, RunEvents events) {
        this.writer = writer;
        this.completion = completion;
        this.events = events;
    }

    @Transactional
    public List<RunEvent> store(List<PredictionBatch> batches) {
        // Runs sorted by id: two scorers storing batches of the same runs lock them in the same order.
        Map<String, List<PredictionBatch>> byRun = new TreeMap<>();
        batches.forEach(b -> byRun.computeIfAbsent(b.getRun().getRunId(), id -> new ArrayList<>()).add(b));
        List<RunEvent> result = new ArrayList<>();
        byRun.values().forEach(runBatches -> result.addAll(storeRun(runBatches)));
        return result;
    }

    private List<RunEvent> storeRun(List<PredictionBatch> batches) {
        ScoredRun run = RunRecorder.upsert(batches.getLast().getRun());
        Postprocessor postprocessor = Postprocessors.named(run.postprocessor);
        Map<String, ResultRow> latest = new LinkedHashMap<>();
        for (PredictionBatch batch : batches) {
            for (Prediction prediction : batch.getPredictionsList()) {
                ResultRow row = ResultRow.of(prediction, postprocessor);
                latest.put(row.questionId(), row);
            }
        }
        run.add(writer.write(run.runId, latest.values()));
        RunCounts counts = run.counts();
        List<RunEvent> result = new ArrayList<>();
        result.add(events.progress(run, counts.scored(), counts.correct(), counts.failed(),
                Accuracy.percent(counts.correct(), counts.scored())));
        if (run.expectedQuestions > 0 && counts.scored() >= run.expectedQuestions) {
            result.add(completion.complete(run, counts.scored(), counts.correct(), counts.failed()));
        }
        return result;
    }
}
