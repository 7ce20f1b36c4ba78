package io.evalstream.worker.triton;

import java.time.Duration;
import java.util.List;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

import io.evalstream.worker.metrics.WorkerMetrics;
import io.smallrye.faulttolerance.api.AsynchronousNonBlocking;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Runs a request against Triton with retries for transient statuses and a circuit breaker for an unreachable Triton.
 * INVALID_ARGUMENT, NOT_FOUND, UNIMPLEMENTED and in-stream errors fail at once. Budgets are configurable through
 * quarkus.fault-tolerance."io.evalstream.worker.triton.TritonInference/infer".*.
 */
@ApplicationScoped
public class TritonInference {

    private final InferRequests requests;
    private final TritonTransport transport;
    private final WorkerMetrics metrics;

    TritonInference(InferRequests requests, TritonTransport transport, WorkerMetrics metrics) {
        this.requests = requests;
        this.transport = transport;
        this.metrics = metrics;
    }

    @AsynchronousNonBlocking
    @Retry(maxRetries = -1, delay = 250, jitter = 200, maxDuration = 180_000,
            retryOn = { TransientTritonException.class, CircuitBreakerOpenException.class })
    @ExponentialBackoff(factor = 2, maxDelay = 10_000)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.75, delay = 5_000, successThreshold = 2,
            failOn = TransientTritonException.class)
    public Uni<List<Generation>> infer(TritonRequest request) {
        String model = request.model().name();
        String id = request.nextAttemptId();
        if (request.attempts().get() > 1) {
            metrics.retry(model, request.lastFailure().get());
        }
        long start = System.nanoTime();
        return Uni.createFrom()
                .deferred(() -> transport.send(request.model(),
                        requests.build(request.model(), id, request.prompts(), request.generation()),
                        request.prompts().size()))
                .onItemOrFailure().invoke((generations, failure) -> {
                    String outcome = failure == null ? "OK" : TritonCallException.from(failure).code();
                    request.lastFailure().set(outcome);
                    metrics.requestLatency(model, outcome, Duration.ofNanos(System.nanoTime() - start));
                });
    }
}
