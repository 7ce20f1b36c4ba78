package io.evalstream.orchestrator.run;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/**
 * Body of {@code POST /api/v1/runs}; every field is optional and defaults to OpenCompass's ceval_gen. {@code reuse}
 * (default false) takes stored predictions of the same model, prompt and generation settings instead of inferring.
 */
@RegisterForReflection
public record RunRequest(String benchmark, String split, List<String> subjects, String model, String modelAbbr,
        String template, GenerationRequest generation, Integer batchSize, String postprocessor, Boolean reuse) {

    /** Every field left to its default. */
    public static RunRequest defaults() {
        return new RunRequest(null, null, null, null, null, null, null, null, null, null);
    }

    public boolean reuseStored() {
        return Boolean.TRUE.equals(reuse);
    }

    @RegisterForReflection
    public record GenerationRequest(Integer maxNewTokens, Double temperature, List<String> stop, Long seed) {
    }
}
