package io.evalstream.scorer.ingest;

import io.evalstream.pipeline.RunEvent;
import io.evalstream.scorer.result.ScoredRun;
import jakarta.enterprise.context.ApplicationScoped;

/** Builds the scorer's run events. */
@ApplicationScoped
public class RunEvents {

    private final ScorerConfig config;

    public RunEvents(ScorerConfig config) {
        this.config = config;
    }

    RunEvent progress(ScoredRun run, long scored, long correct, long failed, double accuracy) {
        return base(run, RunEvent.Type.PROGRESS, scored, correct, failed).setAccuracy(accuracy).build();
    }

    RunEvent completed(ScoredRun run, long scored, long correct, double headline, String summary) {
        return base(run, RunEvent.Type.COMPLETED, scored, correct, 0).setAccuracy(headline).setMessage(summary).build();
    }

    RunEvent failed(ScoredRun run, long scored, long correct, long failed, String reason) {
        return base(run, RunEvent.Type.FAILED, scored, correct, failed).setMessage(reason).build();
    }

    private RunEvent.Builder base(ScoredRun run, RunEvent.Type type, long scored, long correct, long failed) {
        return RunEvent.newBuilder()
                .setRunId(run.runId)
                .setType(type)
                .setScored(Math.toIntExact(scored))
                .setExpected(run.expectedQuestions)
                .setCorrect(Math.toIntExact(correct))
                .setFailed(Math.toIntExact(failed))
                .setSource(config.instanceId())
                .setEmittedAtMillis(System.currentTimeMillis());
    }
}
