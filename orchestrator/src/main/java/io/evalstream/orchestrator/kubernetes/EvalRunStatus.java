package io.evalstream.orchestrator.kubernetes;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.kubernetes.api.model.Condition;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/** What {@code kubectl get evalruns} shows; {@code progress} is {@code done/total} for the Progress column. */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EvalRunStatus(String phase, String runId, Integer total, Integer done, String progress, Double accuracy,
        String reason, String reportUrl, Long observedGeneration, List<Condition> conditions) {
}
