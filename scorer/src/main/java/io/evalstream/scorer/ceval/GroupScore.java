package io.evalstream.scorer.ceval;

/** A summary group (e.g. {@code ceval-stem}) and the plain mean of its subjects' accuracies. */
public record GroupScore(String dataset, double accuracy) {
}
