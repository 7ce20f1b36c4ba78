package io.evalstream.scorer.api;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A 400 answer naming the request field that is wrong. */
@RegisterForReflection
public record FieldError(String field, String message) {
}
