package io.evalstream.sim.metrics;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/** Triton's per-model inference counters (durations in nanoseconds). */
public class ModelMetrics {

    /** Triton's nv_inference_request_failure reasons. */
    public enum FailureReason {
        REJECTED,
        CANCELED,
        BACKEND,
        OTHER
    }

    final LongAdder success = new LongAdder();
    final Map<FailureReason, LongAdder> failures = new EnumMap<>(FailureReason.class);
    final LongAdder inferences = new LongAdder();
    final LongAdder executions = new LongAdder();
    final LongAdder queueNanos = new LongAdder();
    final LongAdder computeNanos = new LongAdder();
    final AtomicLong lastInferenceMillis = new AtomicLong();

    /** The map is filled here and never changes afterwards, so concurrent reads are safe. */
    public ModelMetrics() {
        for (FailureReason reason : FailureReason.values()) {
            failures.put(reason, new LongAdder());
        }
    }

    public void succeeded(int batchSize, long queueNs, long computeNs) {
        success.increment();
        inferences.add(batchSize);
        executions.increment();
        queueNanos.add(queueNs);
        computeNanos.add(computeNs);
        lastInferenceMillis.set(System.currentTimeMillis());
    }

    public void failed(FailureReason reason) {
        failures.get(reason).increment();
    }

    public long successCount() {
        return success.sum();
    }

    public long failureCount() {
        return failures.values().stream().mapToLong(LongAdder::sum).sum();
    }

    public long inferenceCount() {
        return inferences.sum();
    }

    public long executionCount() {
        return executions.sum();
    }

    public long queueNanos() {
        return queueNanos.sum();
    }

    public long computeNanos() {
        return computeNanos.sum();
    }

    public long lastInferenceMillis() {
        return lastInferenceMillis.get();
    }
}
