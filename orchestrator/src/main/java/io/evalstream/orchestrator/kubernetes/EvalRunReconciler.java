package io.evalstream.orchestrator.kubernetes;

import io.evalstream.orchestrator.run.RunRejectedException;
import io.evalstream.orchestrator.run.RunService;
import io.evalstream.orchestrator.run.RunView;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Brings each EvalRun in line with its run: a new resource is submitted through the run API's service, then its status
 * follows the run store. Runs are remembered by resource uid as soon as they are submitted, so a status write that
 * fails or an informer cache that lags behind never submits the same resource twice.
 */
@ApplicationScoped
class EvalRunReconciler {

    private final EvalRunWatch watch;
    private final RunService runs;
    private final RunLookup lookup;
    private final EvalRunStatuses statuses;
    private final EvalRunMetrics metrics;
    private final Map<String, String> submitted = new ConcurrentHashMap<>();

    EvalRunReconciler(EvalRunWatch watch, RunService runs, RunLookup lookup, EvalRunStatuses statuses,
            EvalRunMetrics metrics) {
        this.watch = watch;
        this.runs = runs;
        this.lookup = lookup;
        this.statuses = statuses;
        this.metrics = metrics;
    }

    @Scheduled(every = "${evalstream.kubernetes.poll-interval}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = EvalRunWatch.Stopped.class)
    void reconcileAll() {
        for (EvalRun resource : watch.cached()) {
            try {
                reconcile(resource);
            } catch (KubernetesClientException e) {
                Log.warnf("evalrun %s: status not written, retrying: %s", resource.getMetadata().getName(), e.getMessage());
            }
        }
        metrics.show(watch.cached());
        submitted.keySet().retainAll(watch.cachedUids());
    }

    private void reconcile(EvalRun resource) {
        EvalRunStatus status = resource.getStatus();
        Long generation = resource.getMetadata().getGeneration();
        String runId = status != null && status.runId() != null ? status.runId()
                : submitted.get(resource.getMetadata().getUid());
        if (runId == null) {
            if (status == null || !"Failed".equals(status.phase()) || !Objects.equals(status.observedGeneration(), generation)) {
                submit(resource, generation);
            }
            return;
        }
        if (status != null && Objects.equals(runId, status.runId()) && terminal(status.phase())) {
            return;
        }
        lookup.find(runId).map(run -> statuses.of(run, status, generation))
                .filter(next -> !next.equals(status))
                .ifPresent(next -> watch.writeStatus(resource, next));
    }

    private void submit(EvalRun resource, Long generation) {
        String name = resource.getMetadata().getName();
        EvalRunStatus next;
        try {
            RunView run = runs.submit(EvalRunRequests.of(resource.getSpec()));
            submitted.put(resource.getMetadata().getUid(), run.id());
            Log.infof("evalrun %s: run %s submitted", name, run.id());
            next = statuses.of(RunProgress.of(run), resource.getStatus(), generation);
        } catch (RunRejectedException e) {
            Log.warnf("evalrun %s rejected: %s: %s", name, e.field(), e.getMessage());
            next = statuses.rejected(e.field(), e.getMessage(), generation);
        }
        watch.writeStatus(resource, next);
    }

    private static boolean terminal(String phase) {
        return "Succeeded".equals(phase) || "Failed".equals(phase) || "Cancelled".equals(phase);
    }
}
