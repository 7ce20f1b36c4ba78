package io.evalstream.orchestrator.kubernetes;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/** The fields of {@code POST /api/v1/runs}, with the same names and defaults. */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EvalRunSpec(String benchmark, String split, List<String> subjects, String model, String modelAbbr,
        String template, Generation generation, Integer batchSize, String postprocessor, Boolean reuse) {

    @RegisterForReflection
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Generation(Integer maxNewTokens, Double temperature, List<String> stop, Long seed) {
    }
}
