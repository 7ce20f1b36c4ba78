package io.evalstream.orchestrator.run.state;

import io.evalstream.orchestrator.run.RunConflictException;
import io.evalstream.orchestrator.run.RunNotFoundException;
import io.evalstream.orchestrator.run.RunStatus;
import io.evalstream.orchestrator.run.plan.RunPlan;
import io.evalstream.pipeline.run.RunRequest;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;

/** The run's state changes made by the orchestrator itself, each in its own transaction. */
@ApplicationScoped
public class RunStore {

    /** A new PENDING run; {@code evalRunUid} is null for runs posted to the API. */
    @Transactional
    public RunEntity create(RunPlan plan, int reused, String evalRunUid) {
        RunRequest request = plan.request();
        RunEntity run = new RunEntity();
        run.id = UUID.randomUUID().toString();
        run.benchmark = request.benchmark();
        run.split = plan.split().label();
        run.subjects = plan.subjectKeys().toArray(String[]::new);
        run.model = request.model();
        run.modelAbbr = request.modelAbbr();
        run.template = plan.template().label();
        run.maxNewTokens = request.generation().maxNewTokens();
        run.temperature = request.generation().temperature();
        run.stopStrings = request.generation().stop().toArray(String[]::new);
        run.seed = request.generation().seed();
        run.batchSize = request.batchSize();
        run.postprocessor = request.postprocessor();
        run.promptVersion = plan.promptVersion();
        run.status = RunStatus.PENDING;
        run.total = plan.questions().size();
        run.reused = reused;
        run.batchesPublished = Math.ceilDiv(run.total - reused, run.batchSize);
        run.createdAt = RunEntity.now();
        run.evalRunUid = evalRunUid;
        run.persist();
        return run;
    }

    @Transactional
    public RunEntity get(String id) {
        return RunEntity.byId(id).orElseThrow(() -> new RunNotFoundException(id));
    }

    @Transactional
    public List<RunEntity> stalled(Instant noProgressSince) {
        return RunEntity.stalled(noProgressSince);
    }

    /** PENDING -> RUNNING once every batch is on Kafka; a run that already ended keeps its outcome. */
    @Transactional
    public RunEntity markRunning(String id) {
        RunEntity run = RunEntity.lockedById(id).orElseThrow(() -> new RunNotFoundException(id));
        if (run.status == RunStatus.PENDING) {
            run.status = RunStatus.RUNNING;
            run.startedAt = RunEntity.now();
            run.lastProgressAt = run.startedAt;
        }
        return run;
    }

    @Transactional
    public RunEntity cancel(String id) {
        RunEntity run = RunEntity.lockedById(id).orElseThrow(() -> new RunNotFoundException(id));
        if (run.status.terminal()) {
            throw new RunConflictException("run " + id + " is already " + run.status
                    + "; only PENDING or RUNNING runs can be cancelled");
        }
        Log.infof("run %s cancelled at %d/%d scored", id, run.done, run.total);
        run.status = RunStatus.CANCELLED;
        run.reason = "cancelled";
        run.finishedAt = RunEntity.now();
        return run;
    }

    /** FAILED or CANCELLED -> RUNNING; reserves {@code batches} sequence numbers and returns the first. */
    @Transactional
    public int reopen(String id, int batches) {
        RunEntity run = RunEntity.lockedById(id).orElseThrow(() -> new RunNotFoundException(id));
        if (!run.status.resumable()) {
            throw new RunConflictException("run " + id + " is " + run.status
                    + "; only FAILED or CANCELLED runs can be resumed");
        }
        run.status = RunStatus.RUNNING;
        run.reason = null;
        run.finishedAt = null;
        run.redispatches = 0;
        // Failed questions are retried; the scorer's next progress event says how many still fail.
        run.failed = 0;
        return reserve(run, batches);
    }

    /**
     * A stalled run's next re-dispatch: reserves {@code batches} sequence numbers and returns the first, or empty when
     * the run moved on meanwhile (progress, an outcome, a cancel).
     */
    @Transactional
    public OptionalInt redispatch(String id, Instant noProgressSince, int batches) {
        RunEntity run = RunEntity.lockedById(id).orElseThrow(() -> new RunNotFoundException(id));
        if (run.status != RunStatus.RUNNING || !run.lastProgressAt.isBefore(noProgressSince)) {
            return OptionalInt.empty();
        }
        run.redispatches++;
        return OptionalInt.of(reserve(run, batches));
    }

    /** Counts a dead-lettered record of the run; records of unknown runs are not counted. */
    @Transactional
    public void countDeadLetter(String runId) {
        RunEntity.update("deadLetters = deadLetters + 1 where id = ?1", runId);
    }

    /** FAILED with the reason unless the run moved on meanwhile. */
    @Transactional
    public void failStalled(String id, Instant noProgressSince, String reason) {
        RunEntity run = RunEntity.lockedById(id).orElseThrow(() -> new RunNotFoundException(id));
        if (run.status == RunStatus.RUNNING && run.lastProgressAt.isBefore(noProgressSince)) {
            Log.errorf("run %s failed: %s", id, reason);
            run.status = RunStatus.FAILED;
            run.reason = reason;
            run.finishedAt = RunEntity.now();
        }
    }

    private static int reserve(RunEntity run, int batches) {
        int first = run.batchesPublished;
        run.batchesPublished += batches;
        run.lastProgressAt = RunEntity.now();
        return first;
    }

    @Transactional
    public RunEntity markFailed(String id, String reason) {
        RunEntity run = RunEntity.lockedById(id).orElseThrow(() -> new RunNotFoundException(id));
        if (!run.status.terminal()) {
            Log.errorf("run %s failed: %s", id, reason);
            run.status = RunStatus.FAILED;
            run.reason = reason;
            run.finishedAt = RunEntity.now();
        }
        return run;
    }
}
