package io.evalstream.api.errors;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A 400 answer naming the request field that is wrong (a JSON path such as {@code generation.stop[0]}). */
@RegisterForReflection
public record FieldError(String field, String message) {
}
