package io.evalstream.scorer.ingest;

import io.evalstream.pipeline.RunInfo;
import io.evalstream.scorer.result.GenerationKey;
import io.evalstream.scorer.result.ScoredRun;
import java.time.Instant;

/** Creates or refreshes the scorer's copy of a run's RunInfo, locked until the transaction ends. */
final class RunRecorder {

    private RunRecorder() {
    }

    static ScoredRun upsert(RunInfo info) {
        // Locked: the run's counts are updated from what this transaction changes, one writer at a time.
        ScoredRun run = ScoredRun.lockedById(info.getRunId()).orElseGet(() -> {
            ScoredRun created = new ScoredRun();
            created.runId = info.getRunId();
            created.firstSeenAt = Instant.now();
            created.persist();
            return created;
        });
        run.benchmark = info.getBenchmark();
        run.split = info.getSplit();
        run.model = info.getModel();
        run.modelAbbr = info.getModelAbbr().isEmpty() ? info.getModel() : info.getModelAbbr();
        run.template = info.getTemplate();
        run.promptVersion = info.getPromptVersion();
        run.expectedQuestions = info.getExpectedQuestions();
        run.subjects = String.join(",", info.getSubjectsList());
        run.generationKey = GenerationKey.of(info.getGeneration());
        // A rescore may have chosen another postprocessor; later batches are scored with that one.
        if (run.postprocessor == null) {
            run.postprocessor = info.getPostprocessor();
        }
        run.datasetLabel = info.getDatasetLabel().isEmpty() ? info.getBenchmark() : info.getDatasetLabel();
        run.updatedAt = Instant.now();
        return run;
    }
}
