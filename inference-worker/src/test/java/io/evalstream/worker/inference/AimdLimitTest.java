package io.evalstream.worker.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** Deterministic: latencies are fed, never measured. */
class AimdLimitTest {

    private static final long SERVICE_NANOS = 2_000_000_000L;

    private record Window(int min, int initial, int max, double increase, double tolerance)
            implements WorkerConfig.Window {
    }

    private static final Window DEFAULTS = new Window(16, 32, 1024, 8, 1.3);

    @Test
    void doublesPerWindowOfCompletionsUntilLatencyFirstRises() {
        AimdLimit limit = new AimdLimit(DEFAULTS);
        feed(limit, SERVICE_NANOS, 32, true);
        assertEquals(64, limit.limit());
        feed(limit, SERVICE_NANOS, 64, true);
        assertEquals(128, limit.limit());
    }

    @Test
    void growsOnlyWhileTheWindowIsFull() {
        AimdLimit limit = new AimdLimit(DEFAULTS);
        feed(limit, SERVICE_NANOS, 5_000, false);
        assertEquals(32, limit.limit());
    }

    @Test
    void afterTheFirstRiseGrowsByTheIncreasePerWindowOfCompletions() {
        AimdLimit limit = new AimdLimit(DEFAULTS);
        feed(limit, SERVICE_NANOS, 500, false);
        feed(limit, 2 * SERVICE_NANOS, 100, false);
        assertEquals(16, limit.limit());
        feed(limit, SERVICE_NANOS, 1_000, false);
        feed(limit, SERVICE_NANOS, 16, true);
        assertEquals(22, limit.limit());
    }

    /**
     * One Triton with K slots: past K, requests queue and latency grows with the requests in flight. Over the length
     * of a C-Eval val+test run the workers together keep at least about K requests in flight, never far more.
     */
    @Test
    void settlesJustAboveTheCapacityOfOneTritonForOneAndForFourWorkers() {
        for (int workers : new int[] { 1, 4 }) {
            List<AimdLimit> limits = IntStream.range(0, workers).mapToObj(i -> new AimdLimit(DEFAULTS)).toList();
            List<Integer> totals = new ArrayList<>();
            for (int i = 0; i < 60_000; i++) {
                int total = limits.stream().mapToInt(AimdLimit::limit).sum();
                limits.get(i % workers).onSample(queued(256, total), true);
                if (i >= 10_000) {
                    totals.add(total);
                }
            }
            int lowest = totals.stream().mapToInt(Integer::intValue).min().orElseThrow();
            int highest = totals.stream().mapToInt(Integer::intValue).max().orElseThrow();
            assertTrue(lowest >= 240 && highest <= 400,
                    workers + " workers: in flight between " + lowest + " and " + highest + " for 256 slots");
        }
    }

    @Test
    void aLastingRiseThatIsNoQueueIsAcceptedAsTheNewBaseline() {
        AimdLimit limit = new AimdLimit(new Window(16, 256, 1024, 8, 1.3));
        feed(limit, SERVICE_NANOS, 2_000, false);
        feed(limit, 10 * SERVICE_NANOS, 1_000, true);
        assertEquals(16, limit.limit());
        feed(limit, 10 * SERVICE_NANOS, 30_000, true);
        assertTrue(limit.limit() > 64, "limit " + limit.limit());
    }

    @Test
    void neverGrowsPastMax() {
        AimdLimit limit = new AimdLimit(DEFAULTS);
        feed(limit, SERVICE_NANOS, 100_000, true);
        assertEquals(1024, limit.limit());
    }

    @Test
    void anInitialOutsideTheBoundsIsClampedAndABadRangeRefused() {
        assertEquals(64, new AimdLimit(new Window(16, 256, 64, 8, 1.3)).limit());
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new AimdLimit(new Window(32, 16, 16, 8, 1.3)));
        assertEquals("evalstream.worker.window needs 1 <= min <= max, got min 32 and max 16", error.getMessage());
    }

    private static long queued(int slots, int inFlight) {
        return SERVICE_NANOS * Math.max(slots, inFlight) / slots;
    }

    private static void feed(AimdLimit limit, long latencyNanos, int samples, boolean saturated) {
        for (int i = 0; i < samples; i++) {
            limit.onSample(latencyNanos, saturated);
        }
    }
}
