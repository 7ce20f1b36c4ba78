package io.evalstream.orchestrator.run.state;

import io.evalstream.orchestrator.run.RunStatus;
import io.evalstream.pipeline.RunEvent;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Progress only moves forward and an ended run keeps its outcome, so redelivered and out-of-order events are
 * harmless. The events of one poll are applied in their order in one transaction, each run loaded and locked once.
 */
@ApplicationScoped
public class RunEventApplier {

    @Transactional
    public void apply(List<RunEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        Map<String, RunEntity> runs = RunEntity.lockedByIds(events.stream().map(RunEvent::getRunId).distinct().toList())
                .stream().collect(Collectors.toMap(run -> run.id, run -> run));
        for (RunEvent event : events) {
            RunEntity run = runs.get(event.getRunId());
            if (run == null) {
                Log.debugf("ignoring %s event for unknown run %s", event.getType(), event.getRunId());
            } else {
                apply(run, event);
            }
        }
    }

    private static void apply(RunEntity run, RunEvent event) {
        if (event.getType() == RunEvent.Type.RESCORED) {
            rescored(run, event);
            return;
        }
        if (run.status.terminal()) {
            Log.debugf("ignoring %s event for run %s, already %s", event.getType(), run.id, run.status);
            return;
        }
        boolean advanced = advance(run, event);
        switch (event.getType()) {
            case PROGRESS -> {
                if (advanced) {
                    run.accuracy = event.getAccuracy();
                }
            }
            case COMPLETED -> finish(run, RunStatus.SUCCEEDED, null, event.getAccuracy());
            case FAILED -> finish(run, RunStatus.FAILED, event.getMessage(), run.accuracy);
            default -> throw new IllegalArgumentException("unexpected run event type " + event.getType());
        }
    }

    private static boolean advance(RunEntity run, RunEvent event) {
        if (event.getScored() < run.done) {
            return false;
        }
        if (event.getScored() > run.done || run.lastProgressAt == null) {
            run.lastProgressAt = RunEntity.now();
        }
        run.done = event.getScored();
        run.correct = Math.max(run.correct, event.getCorrect());
        run.failed = Math.max(run.failed, event.getFailed());
        if (run.status == RunStatus.PENDING) {
            run.status = RunStatus.RUNNING;
            run.startedAt = RunEntity.now();
        }
        return true;
    }

    /** The scorer's new numbers after a rescore replace the run's, whatever its status. */
    private static void rescored(RunEntity run, RunEvent event) {
        Log.infof("run %s rescored: %d/%d correct, accuracy %s (was %s)", run.id, event.getCorrect(),
                event.getScored(), event.getAccuracy(), run.accuracy);
        run.correct = event.getCorrect();
        run.accuracy = event.getAccuracy();
    }

    private static void finish(RunEntity run, RunStatus status, String reason, Double accuracy) {
        Log.infof("run %s %s: %d/%d scored, accuracy %s%s", run.id, status, run.done, run.total, accuracy,
                reason == null ? "" : ", " + reason);
        run.status = status;
        run.reason = reason;
        run.accuracy = accuracy;
        run.finishedAt = RunEntity.now();
    }
}
