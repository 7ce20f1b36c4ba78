package io.evalstream.worker.inference;

/**
 * The AIMD rule of the in-flight window, fed one latency sample per finished request. Past Triton's capacity, latency
 * grows with the requests in flight (Little's law), so the ratio of recent latency to the no-queue baseline tells
 * how far the window overshoots: a ratio above the tolerance shrinks the window by that ratio (between ×0.5 and
 * ×0.9, at most once per window's worth of completions); below it the window grows additively while it is full. It
 * starts small and doubles per window's worth of completions until the first decrease, so the baseline is learnt
 * before a queue exists. The baseline is the lowest recent latency seen, forgotten after a long time without a
 * latency near it (the questions got longer). Not thread-safe: the window calls it under its lock.
 */
final class AimdLimit {

    /** About the last 100 samples: fewer read the natural spread of request lengths as a queue. */
    private static final double RECENT_WEIGHT = 0.01;
    /** A recent latency within 5 % of the baseline confirms it. */
    private static final double CONFIRMS_BASELINE = 1.05;
    private static final long BASELINE_LIFETIME_SAMPLES = 20_000;
    private static final double LARGEST_DECREASE = 0.5;
    private static final double SMALLEST_DECREASE = 0.9;

    private final WorkerConfig.Window config;
    private double limit;
    private double recent;
    private double baseline = Double.MAX_VALUE;
    private long samples;
    private long baselineAge;
    private long sinceDecrease;
    private boolean slowStart = true;

    AimdLimit(WorkerConfig.Window config) {
        if (config.min() < 1 || config.min() > config.max()) {
            throw new IllegalArgumentException("evalstream.worker.window needs 1 <= min <= max, got min "
                    + config.min() + " and max " + config.max());
        }
        this.config = config;
        this.limit = Math.clamp(config.initial(), config.min(), config.max());
    }

    int limit() {
        return (int) limit;
    }

    /**
     * @param latencyNanos how long the request held its place in the window
     * @param saturated whether the window was full, so that a larger one would have been used
     */
    void onSample(long latencyNanos, boolean saturated) {
        samples++;
        sinceDecrease++;
        recent += Math.max(RECENT_WEIGHT, 1.0 / samples) * (latencyNanos - recent);
        trackBaseline();
        double ratio = recent / baseline;
        if (ratio > config.tolerance()) {
            if (sinceDecrease >= limit) {
                limit = Math.max(config.min(), limit * Math.clamp(1 / ratio, LARGEST_DECREASE, SMALLEST_DECREASE));
                sinceDecrease = 0;
                slowStart = false;
            }
        } else if (saturated) {
            limit = Math.min(config.max(), limit + (slowStart ? 1 : config.increase() / limit));
        }
    }

    private void trackBaseline() {
        if (recent < baseline || baselineAge >= BASELINE_LIFETIME_SAMPLES) {
            baseline = recent;
            baselineAge = 0;
        } else if (recent <= baseline * CONFIRMS_BASELINE) {
            baselineAge = 0;
        } else {
            baselineAge++;
        }
    }
}
