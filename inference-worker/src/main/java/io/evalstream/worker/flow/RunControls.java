package io.evalstream.worker.flow;

import java.util.Collections;
import java.util.Set;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.github.benmanes.caffeine.cache.Caffeine;

import io.evalstream.pipeline.RunControl;
import io.evalstream.worker.inference.WorkerConfig;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The control state of every run, read from the compacted run-control topic by each worker on its own (no consumer
 * group, from the beginning): batches of a cancelled run are skipped, and a resumed run's model is checked again.
 * The most recent {@code max-remembered} cancellations are kept; a run cancelled longer ago has no batches left.
 */
@ApplicationScoped
public class RunControls {

    private final Set<String> cancelled;
    private final RunAdmissions admissions;

    RunControls(RunAdmissions admissions, WorkerConfig config) {
        this.admissions = admissions;
        this.cancelled = Collections.newSetFromMap(Caffeine.newBuilder().maximumSize(config.maxRemembered())
                .<String, Boolean> build().asMap());
    }

    /** A record that is not a usable RunControl arrives without a value (its failure handler logged it) and is skipped. */
    @Incoming("run-control")
    public void apply(RunControl control) {
        if (control == null) {
            return;
        }
        switch (control.getState()) {
            case CANCELLED -> cancelled.add(control.getRunId());
            case ACTIVE -> {
                cancelled.remove(control.getRunId());
                admissions.forget(control.getRunId());
            }
            default -> Log.warnf("Ignoring run-control record of run '%s' without a state", control.getRunId());
        }
    }

    public boolean cancelled(String runId) {
        return cancelled.contains(runId);
    }
}
