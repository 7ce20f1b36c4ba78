package io.evalstream.pipeline.run;

/** What is wrong with one field of a run request: its JSON path (e.g. {@code generation.stop[0]}) and why. */
public record FieldProblem(String field, String message) {
}
