package io.evalstream.orchestrator.kubernetes;

import io.evalstream.orchestrator.run.RunConflictException;
import io.evalstream.orchestrator.run.RunNotFoundException;
import io.evalstream.orchestrator.run.RunService;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.quarkus.logging.Log;

/**
 * Deleting an EvalRun cancels its run unless the run already ended (the run stays in the run API either way).
 * Additions and updates are picked up by the reconcile loop.
 */
class EvalRunDeletions implements ResourceEventHandler<EvalRun> {

    private final RunService runs;

    EvalRunDeletions(RunService runs) {
        this.runs = runs;
    }

    @Override
    public void onAdd(EvalRun resource) {
    }

    @Override
    public void onUpdate(EvalRun before, EvalRun after) {
    }

    @Override
    public void onDelete(EvalRun resource, boolean finalStateUnknown) {
        EvalRunStatus status = resource.getStatus();
        if (status == null || status.runId() == null) {
            return;
        }
        try {
            runs.cancel(status.runId());
            Log.infof("evalrun %s deleted: run %s cancelled", resource.getMetadata().getName(), status.runId());
        } catch (RunConflictException | RunNotFoundException e) {
            Log.infof("evalrun %s deleted: %s", resource.getMetadata().getName(), e.getMessage());
        }
    }
}
