package io.evalstream.scorer.result;

/** A run's stored results, the correct ones and those whose inference failed; or a change to them. */
public record RunCounts(long scored, long correct, long failed) {

    public static final RunCounts NONE = new RunCounts(0, 0, 0);

    public RunCounts plus(RunCounts other) {
        return new RunCounts(scored + other.scored, correct + other.correct, failed + other.failed);
    }
}
