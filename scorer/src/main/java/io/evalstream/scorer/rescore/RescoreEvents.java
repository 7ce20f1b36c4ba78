package io.evalstream.scorer.rescore;

import io.evalstream.pipeline.RunEvent;
import io.evalstream.scorer.ingest.RunEventSender;
import io.evalstream.scorer.ingest.ScorerConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Tells the run's owner (the orchestrator) a rescore's new numbers as a RESCORED run event. */
@ApplicationScoped
public class RescoreEvents {

    private final RunEventSender sender;
    private final ScorerConfig config;

    public RescoreEvents(RunEventSender sender, ScorerConfig config) {
        this.sender = sender;
        this.config = config;
    }

    void rescored(RescoreView view) {
        double accuracy = view.complete() && view.accuracy() != null ? view.accuracy()
                : view.rescored() == 0 ? 0.0 : 100.0 * view.correct() / view.rescored();
        sender.send(List.of(RunEvent.newBuilder()
                .setRunId(view.runId())
                .setType(RunEvent.Type.RESCORED)
                .setScored(Math.toIntExact(view.rescored()))
                .setCorrect(Math.toIntExact(view.correct()))
                .setAccuracy(accuracy)
                .setMessage("rescored with " + view.postprocessor())
                .setSource(config.instanceId())
                .setEmittedAtMillis(System.currentTimeMillis())
                .build()));
    }
}
