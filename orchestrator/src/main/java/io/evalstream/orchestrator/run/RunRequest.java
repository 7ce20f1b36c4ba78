package io.evalstream.orchestrator.run;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/** Body of {@code POST /api/v1/runs}; every field is optional and defaults to OpenCompass's ceval_gen. */
@RegisterForReflection
public record RunRequest(String benchmark, String split, List<String> subjects, String model, String modelAbbr,
        String template, GenerationRequest generation, Integer batchSize, String postprocessor) {

    @RegisterForReflection
    public record GenerationRequest(Integer maxNewTokens, Double temperature, List<String> stop, Long seed) {
    }
}
