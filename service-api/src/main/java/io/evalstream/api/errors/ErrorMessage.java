package io.evalstream.api.errors;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** An error answer that concerns no single field (401, 404, 409, 503). */
@RegisterForReflection
public record ErrorMessage(String message) {
}
