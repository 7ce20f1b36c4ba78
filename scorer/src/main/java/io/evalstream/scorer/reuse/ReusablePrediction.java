package io.evalstream.scorer.reuse;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A stored output another run may take as its own; {@code runId} is the run it was inferred for. */
@RegisterForReflection
public record ReusablePrediction(String promptHash, String output, String finishReason, Integer inputTokens,
        Integer outputTokens, String runId) {
}
