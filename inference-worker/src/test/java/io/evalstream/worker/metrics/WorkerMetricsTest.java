package io.evalstream.worker.metrics;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

class WorkerMetricsTest {

    @Test
    void theInflightGaugeStillReadsTheWindowAfterAGarbageCollection() {
        MeterRegistry registry = new SimpleMeterRegistry();
        AtomicInteger inUse = new AtomicInteger(3);
        // As InflightWindow does: a method reference that nothing but the gauge refers to.
        new WorkerMetrics(registry).inflightGauge(inUse::get);

        WeakReference<Object> collected = new WeakReference<>(new Object());
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            System.gc();
            return collected.get() == null;
        });

        assertEquals(3.0, registry.get("evalstream.worker.triton.requests.inflight").gauge().value());
        inUse.set(5);
        assertEquals(5.0, registry.get("evalstream.worker.triton.requests.inflight").gauge().value());
    }
}
