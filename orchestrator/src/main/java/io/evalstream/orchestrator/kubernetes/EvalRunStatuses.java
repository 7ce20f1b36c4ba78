package io.evalstream.orchestrator.kubernetes;

import io.evalstream.orchestrator.run.RunStatus;
import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.ConditionBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Builds an EvalRun's status from its run, with two conditions. {@code Submitted}: True once the run exists, False
 * (reason Rejected) when the run API refused the spec. {@code Succeeded}, as Tekton and Argo use it: Unknown while the
 * run is pending or progressing, True or False once it ended, the reason naming the phase. A condition's transition
 * time moves only when its status does.
 */
@ApplicationScoped
class EvalRunStatuses {

    static final String SUBMITTED = "Submitted";
    static final String SUCCEEDED = "Succeeded";

    private final KubernetesConfig config;

    EvalRunStatuses(KubernetesConfig config) {
        this.config = config;
    }

    EvalRunStatus of(RunProgress run, EvalRunStatus previous, Long generation) {
        String phase = phase(run.status());
        String progress = run.done() + "/" + run.total();
        Condition submitted = condition(SUBMITTED, "True", "RunCreated", "run " + run.id(), generation, previous);
        Condition succeeded = switch (run.status()) {
            case PENDING -> condition(SUCCEEDED, "Unknown", "Pending", "publishing questions", generation, previous);
            case RUNNING -> condition(SUCCEEDED, "Unknown", "Progressing", progress + " scored", generation, previous);
            case SUCCEEDED -> condition(SUCCEEDED, "True", phase, progress + " scored", generation, previous);
            case FAILED, CANCELLED -> condition(SUCCEEDED, "False", phase, run.reason(), generation, previous);
        };
        return new EvalRunStatus(phase, run.id(), run.total(), run.done(), progress, run.accuracy(), run.reason(),
                config.reportBaseUrl() + "/api/v1/runs/" + run.id() + "/report", generation,
                List.of(submitted, succeeded));
    }

    /** The spec was refused by the run API's validation: no run exists, and none is made for this generation. */
    EvalRunStatus rejected(String field, String message, Long generation) {
        String reason = field == null ? message : field + ": " + message;
        return new EvalRunStatus("Failed", null, null, null, null, null, reason, null, generation, List.of(
                condition(SUBMITTED, "False", "Rejected", reason, generation, null),
                condition(SUCCEEDED, "False", "Rejected", reason, generation, null)));
    }

    static boolean ended(EvalRunStatus status) {
        return "Succeeded".equals(status.phase()) || "Failed".equals(status.phase())
                || "Cancelled".equals(status.phase());
    }

    static String phase(RunStatus status) {
        return switch (status) {
            case PENDING -> "Pending";
            case RUNNING -> "Running";
            case SUCCEEDED -> "Succeeded";
            case FAILED -> "Failed";
            case CANCELLED -> "Cancelled";
        };
    }

    private static Condition condition(String type, String status, String reason, String message, Long generation,
            EvalRunStatus previous) {
        return new ConditionBuilder().withType(type).withStatus(status).withReason(reason).withMessage(message)
                .withObservedGeneration(generation).withLastTransitionTime(transitionTime(previous, type, status))
                .build();
    }

    private static String transitionTime(EvalRunStatus previous, String type, String status) {
        if (previous != null && previous.conditions() != null) {
            for (Condition c : previous.conditions()) {
                if (type.equals(c.getType()) && status.equals(c.getStatus())) {
                    return c.getLastTransitionTime();
                }
            }
        }
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
