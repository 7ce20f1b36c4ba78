package io.evalstream.orchestrator.kubernetes;

import io.evalstream.orchestrator.run.RunConflictException;
import io.evalstream.orchestrator.run.RunNotFoundException;
import io.evalstream.orchestrator.run.RunRejectedException;
import io.evalstream.orchestrator.run.RunService;
import io.evalstream.pipeline.run.RunRequest;
import io.javaoperatorsdk.operator.api.reconciler.Cleaner;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.DeleteControl;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import io.quarkus.logging.Log;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.inject.Singleton;
import java.util.Objects;
import java.util.Optional;

/**
 * Brings an EvalRun in line with its run: a new resource is submitted through the run API's service under its uid,
 * then its status follows the run store until the run ends. The finalizer holds a deleted resource until its run is
 * cancelled, also when it was deleted while no orchestrator was running. Registered for reflection: the SDK reads its
 * annotation and its resource type at run time.
 */
@Singleton
@RegisterForReflection
@ControllerConfiguration(name = "evalrun", finalizerName = EvalRunReconciler.FINALIZER)
class EvalRunReconciler implements Reconciler<EvalRun>, Cleaner<EvalRun> {

    static final String FINALIZER = "evalstream.io/cancel-run";

    private final RunService runs;
    private final RunLookup lookup;
    private final EvalRunStatuses statuses;
    private final EvalRunMetrics metrics;
    private final KubernetesConfig config;

    EvalRunReconciler(RunService runs, RunLookup lookup, EvalRunStatuses statuses, EvalRunMetrics metrics,
            KubernetesConfig config) {
        this.runs = runs;
        this.lookup = lookup;
        this.statuses = statuses;
        this.metrics = metrics;
        this.config = config;
    }

    @Override
    public UpdateControl<EvalRun> reconcile(EvalRun resource, Context<EvalRun> context) {
        EvalRunStatus previous = resource.getStatus();
        Long generation = resource.getMetadata().getGeneration();
        Optional<RunProgress> run = lookup.of(resource);
        if (run.isEmpty() && rejected(previous, generation)) {
            return UpdateControl.noUpdate();
        }
        if (run.isPresent() && (previous == null || previous.runId() == null)) {
            Log.infof("evalrun %s: run %s found under the resource's uid, not submitted again",
                    resource.getMetadata().getName(), run.get().id());
        }
        EvalRunEvents events = new EvalRunEvents(context.getClient());
        EvalRunStatus next = run.map(r -> statuses.of(r, previous, generation))
                .orElseGet(() -> submit(resource, generation, events));
        events.ended(resource, previous, next);
        metrics.show(resource, next);
        UpdateControl<EvalRun> control = UpdateControl.noUpdate();
        if (!next.equals(previous)) {
            resource.setStatus(next);
            control = UpdateControl.patchStatus(resource);
        }
        return EvalRunStatuses.ended(next) ? control : control.rescheduleAfter(config.pollInterval());
    }

    private EvalRunStatus submit(EvalRun resource, Long generation, EvalRunEvents events) {
        String name = resource.getMetadata().getName();
        try {
            RunProgress run = RunProgress.of(runs.submit(Objects.requireNonNullElseGet(resource.getSpec(), RunRequest::defaults),
                    resource.getMetadata().getUid()));
            Log.infof("evalrun %s: run %s submitted", name, run.id());
            events.submitted(resource, run);
            return statuses.of(run, resource.getStatus(), generation);
        } catch (RunRejectedException e) {
            Log.warnf("evalrun %s rejected: %s: %s", name, e.field(), e.getMessage());
            EvalRunStatus rejected = statuses.rejected(e.field(), e.getMessage(), generation);
            events.rejected(resource, rejected.reason());
            return rejected;
        }
    }

    /** The run API refused this generation's spec: nothing to submit until the resource is created anew. */
    private static boolean rejected(EvalRunStatus status, Long generation) {
        return status != null && status.runId() == null && "Failed".equals(status.phase())
                && Objects.equals(status.observedGeneration(), generation);
    }

    @Override
    public DeleteControl cleanup(EvalRun resource, Context<EvalRun> context) {
        metrics.forget(resource);
        Optional<RunProgress> run = lookup.of(resource).filter(r -> !r.status().terminal());
        if (run.isPresent()) {
            String name = resource.getMetadata().getName();
            try {
                runs.cancel(run.get().id());
                Log.infof("evalrun %s deleted: run %s cancelled", name, run.get().id());
                new EvalRunEvents(context.getClient()).cancelled(resource, run.get());
            } catch (RunConflictException | RunNotFoundException e) {
                Log.infof("evalrun %s deleted: %s", name, e.getMessage());
            }
        }
        return DeleteControl.defaultDelete();
    }
}
