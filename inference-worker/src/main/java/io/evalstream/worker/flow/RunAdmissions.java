package io.evalstream.worker.flow;

import java.util.Map;

import com.github.benmanes.caffeine.cache.Caffeine;

import io.evalstream.pipeline.RunInfo;
import io.evalstream.worker.inference.WorkerConfig;
import io.evalstream.worker.triton.TritonCallException;
import io.evalstream.worker.triton.TritonReadiness;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Checks readiness once per run, on the first batch this worker sees: a run whose model Triton cannot serve is
 * reported FAILED once and its batches are skipped from then on. Admissions of runs without batches for a while, or
 * beyond the most recent {@code max-remembered} runs, are forgotten (checked again should a batch come).
 */
@ApplicationScoped
public class RunAdmissions {

    private final Map<String, Uni<Admission>> runs;
    private final TritonReadiness readiness;
    private final RunEvents events;

    RunAdmissions(TritonReadiness readiness, RunEvents events, WorkerConfig config) {
        this.readiness = readiness;
        this.events = events;
        this.runs = Caffeine.newBuilder().maximumSize(config.maxRemembered())
                .expireAfterAccess(config.admissionTtl()).<String, Uni<Admission>> build().asMap();
    }

    public Uni<Admission> admit(RunInfo run) {
        return runs.computeIfAbsent(run.getRunId(), id -> check(run).memoize().indefinitely())
                .onFailure().invoke(() -> runs.remove(run.getRunId()));
    }

    /** Checks the run's model again on its next batch (after a resume). */
    void forget(String runId) {
        runs.remove(runId);
    }

    private Uni<Admission> check(RunInfo run) {
        return readiness.awaitModel(run.getModel())
                .map(Admission::new)
                .onFailure().recoverWithUni(failure -> {
                    String reason = "model '%s' is not available on Triton %s: %s".formatted(run.getModel(),
                            readiness.address(), TritonCallException.from(failure).getMessage());
                    Log.warnf("Run %s failed: %s", run.getRunId(), reason);
                    return events.failed(run, reason).replaceWith(new Admission(null));
                });
    }
}
