package io.evalstream.worker.metrics;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The worker's meters, in the vocabulary of Triton's own metrics (requests, tokens, latency). Meters are looked up
 * in the registry once per name and tags, not once per request.
 */
@ApplicationScoped
public class WorkerMetrics {

    private final MeterRegistry registry;
    private final Map<MeterKey, Counter> counters = new ConcurrentHashMap<>();
    private final Map<MeterKey, Timer> timers = new ConcurrentHashMap<>();

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

    /** The adaptive bound on Triton requests in flight (held strongly, as {@link #inflightGauge}). */
    public void windowGauge(Supplier<Number> limit) {
        Gauge.builder("evalstream.worker.window.limit", limit, s -> s.get().doubleValue())
                .description("The adaptive limit of Triton requests in flight")
                .strongReference(true)
                .register(registry);
    }

    public void requestLatency(String model, String outcome, Duration latency) {
        timers.computeIfAbsent(new MeterKey("", model, outcome),
                key -> Timer.builder("evalstream.worker.triton.request.latency")
                        .description("Latency of one Triton request attempt")
                        .tags("model", model, "outcome", outcome)
                        .publishPercentileHistogram()
                        .register(registry))
                .record(latency);
    }

    public void questionsInferred(String model, String outcome, int questions) {
        counter("evalstream.worker.questions.inferred", model, outcome,
                key -> registry.counter(key.name(), "model", model, "outcome", outcome)).increment(questions);
    }

    public void tokens(String model, Integer input, Integer output) {
        if (input != null) {
            counter("evalstream.worker.tokens.input", model, "",
                    key -> registry.counter(key.name(), "model", model)).increment(input);
        }
        if (output != null) {
            counter("evalstream.worker.tokens.output", model, "",
                    key -> registry.counter(key.name(), "model", model)).increment(output);
        }
    }

    public void retry(String model, String status) {
        counter("evalstream.worker.triton.retries", model, status,
                key -> registry.counter(key.name(), "model", model, "status", status)).increment();
    }

    public void failure(String model, String status) {
        counter("evalstream.worker.triton.failures", model, status,
                key -> registry.counter(key.name(), "model", model, "status", status)).increment();
    }

    /** Questions of batches not inferred because their run was cancelled or its model refused. */
    public void skipped(String reason, int questions) {
        registry.counter("evalstream.worker.questions.skipped", "reason", reason).increment(questions);
    }

    public void deadLetter(String reason) {
        registry.counter("evalstream.worker.records.dead.lettered", "reason", reason).increment();
    }

    private Counter counter(String name, String model, String detail, Function<MeterKey, Counter> register) {
        return counters.computeIfAbsent(new MeterKey(name, model, detail), register);
    }

    /** A meter's name (empty for the one timer) and its (at most two) tag values. */
    private record MeterKey(String name, String model, String detail) {
    }
}
