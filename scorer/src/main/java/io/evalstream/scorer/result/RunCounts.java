package io.evalstream.scorer.result;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A run's stored results, the correct ones and those whose inference failed (built by a JPQL constructor). */
@RegisterForReflection
public record RunCounts(long scored, long correct, long failed) {
}
