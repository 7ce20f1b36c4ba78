package io.evalstream.scorer.rescore;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** Body of {@code POST /api/v1/runs/{id}/rescore}. */
@RegisterForReflection
public record RescoreRequest(String postprocessor) {
}
