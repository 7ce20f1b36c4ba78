package io.evalstream.orchestrator.reuse;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * A prediction the scorer holds for a prompt hash, from an earlier run of the same model and generation settings
 * ({@code POST /api/v1/predictions/reusable} at the scorer).
 */
@RegisterForReflection
public record StoredPrediction(String promptHash, String output, String finishReason, Integer inputTokens,
        Integer outputTokens, String runId) {
}
