package io.evalstream.scorer.console;

/** Results stored in one time slice of a run: seconds since its first result, questions/s and output tokens/s. */
public record ThroughputPoint(double second, double questionsPerSecond, double tokensPerSecond) {
}
