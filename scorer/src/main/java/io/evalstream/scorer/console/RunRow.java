package io.evalstream.scorer.console;

import java.time.Duration;
import java.time.Instant;

/**
 * One run as the runs page lists it.
 *
 * @param done      stored results, failed ones included
 * @param accuracy  OpenCompass's headline (the plain mean over subjects), null before anything is graded
 * @param finished  null while the run is not complete
 */
public record RunRow(String runId, String model, String template, String split, RunStatus status, long done,
        int total, Double accuracy, Instant started, Instant lastResult, Instant finished) {

    /** Questions per second between the first and the latest result; null before there is a span to measure. */
    public Double questionsPerSecond() {
        long millis = Duration.between(started, finished != null ? finished : lastResult).toMillis();
        return millis <= 0 || done == 0 ? null : done * 1000.0 / millis;
    }

    /** Time left at the current pace, only while the run is running. */
    public Duration eta() {
        Double rate = questionsPerSecond();
        if (status != RunStatus.RUNNING || rate == null) {
            return null;
        }
        return Duration.ofSeconds(Math.round(Math.max(0, total - done) / rate));
    }

    public Duration duration() {
        return Duration.between(started, finished != null ? finished : lastResult);
    }

    public int percent() {
        return total == 0 ? 0 : (int) Math.min(100, done * 100 / total);
    }
}
