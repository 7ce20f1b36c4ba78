package io.evalstream.benchmark.ceval;

/** OpenCompass's {@code AccEvaluator} score. */
public final class Accuracy {

    private Accuracy() {
    }

    /** {@code correct / total * 100}, evaluated in that order as OpenCompass does; 0 when nothing was scored. */
    public static double percent(long correct, long total) {
        return total == 0 ? 0.0 : (double) correct / total * 100;
    }
}
