package io.evalstream.worker.metrics;

import java.time.Duration;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;

/** The worker's meters, in the vocabulary of Triton's own metrics (requests, tokens, latency). */
@ApplicationScoped
public class WorkerMetrics {

    private final MeterRegistry registry;

    WorkerMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /**
     * Micrometer holds a gauge's object weakly; the supplier here is referenced by nothing else, so the gauge keeps
     * it strongly (else it reads NaN after the next garbage collection).
     */
    public void inflightGauge(Supplier<Number> inflight) {
        Gauge.builder("evalstream.worker.triton.requests.inflight", inflight, s -> s.get().doubleValue())
                .description("Triton requests in flight")
                .strongReference(true)
                .register(registry);
    }

    public void requestLatency(String model, String outcome, Duration latency) {
        Timer.builder("evalstream.worker.triton.request.latency")
                .description("Latency of one Triton request attempt")
                .tags("model", model, "outcome", outcome)
                .publishPercentileHistogram()
                .register(registry).record(latency);
    }

    public void questionsInferred(String model, String outcome, int questions) {
        counter("evalstream.worker.questions.inferred", "model", model, "outcome", outcome).increment(questions);
    }

    public void tokens(String model, Integer input, Integer output) {
        if (input != null) {
            counter("evalstream.worker.tokens.input", "model", model).increment(input);
        }
        if (output != null) {
            counter("evalstream.worker.tokens.output", "model", model).increment(output);
        }
    }

    public void retry(String model, String status) {
        counter("evalstream.worker.triton.retries", "model", model, "status", status).increment();
    }

    public void failure(String model, String status) {
        counter("evalstream.worker.triton.failures", "model", model, "status", status).increment();
    }

    /** Questions of batches not inferred because their run was cancelled or its model refused. */
    public void skipped(String reason, int questions) {
        counter("evalstream.worker.questions.skipped", "reason", reason).increment(questions);
    }

    public void deadLetter(String reason) {
        counter("evalstream.worker.records.dead.lettered", "reason", reason).increment();
    }

    private Counter counter(String name, String... tags) {
        return registry.counter(name, tags);
    }
}
