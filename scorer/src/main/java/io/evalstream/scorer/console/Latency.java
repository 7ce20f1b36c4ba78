package io.evalstream.scorer.console;

/** Percentiles of the answered questions' inference latency in milliseconds; count 0 when nothing was answered. */
public record Latency(long count, double p50, double p90, double p95, double p99, double max) {
}
