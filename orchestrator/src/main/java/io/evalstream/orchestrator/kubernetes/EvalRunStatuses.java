package io.evalstream.orchestrator.kubernetes;

import io.evalstream.orchestrator.run.RunStatus;
import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.ConditionBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Builds an EvalRun's status from its run. One condition, {@code Succeeded}, as Tekton and Argo use it: Unknown while
 * the run is pending or running, True or False once it ended; its transition time moves only when its status does.
 */
@ApplicationScoped
class EvalRunStatuses {

    static final String CONDITION = "Succeeded";

    private final KubernetesConfig config;

    EvalRunStatuses(KubernetesConfig config) {
        this.config = config;
    }

    EvalRunStatus of(RunProgress run, EvalRunStatus previous, Long generation) {
        String phase = phase(run.status());
        String conditionStatus = switch (run.status()) {
            case SUCCEEDED -> "True";
            case FAILED, CANCELLED -> "False";
            default -> "Unknown";
        };
        Condition condition = new ConditionBuilder().withType(CONDITION).withStatus(conditionStatus).withReason(phase)
                .withMessage(run.reason()).withObservedGeneration(generation)
                .withLastTransitionTime(transitionTime(previous, conditionStatus)).build();
        return new EvalRunStatus(phase, run.id(), run.total(), run.done(), run.done() + "/" + run.total(),
                run.accuracy(), run.reason(), config.reportBaseUrl() + "/api/v1/runs/" + run.id() + "/report",
                generation, List.of(condition));
    }

    /** The spec was refused by the run API's validation: no run exists, and none is made until the spec changes. */
    EvalRunStatus rejected(String field, String message, Long generation) {
        String reason = field == null ? message : field + ": " + message;
        Condition condition = new ConditionBuilder().withType(CONDITION).withStatus("False").withReason("Rejected")
                .withMessage(reason).withObservedGeneration(generation).withLastTransitionTime(now()).build();
        return new EvalRunStatus("Failed", null, null, null, null, null, reason, null, generation, List.of(condition));
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

    private static String transitionTime(EvalRunStatus previous, String conditionStatus) {
        if (previous != null && previous.conditions() != null) {
            for (Condition c : previous.conditions()) {
                if (CONDITION.equals(c.getType()) && conditionStatus.equals(c.getStatus())) {
                    return c.getLastTransitionTime();
                }
            }
        }
        return now();
    }

    private static String now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
