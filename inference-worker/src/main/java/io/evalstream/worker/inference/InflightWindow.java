package io.evalstream.worker.inference;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import io.evalstream.worker.metrics.WorkerMetrics;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A non-blocking bound on Triton requests in flight across all batches: work waits for a place, no thread does. The
 * bound adapts to Triton's latency ({@link AimdLimit}).
 */
@ApplicationScoped
public class InflightWindow {

    private final Queue<Waiter> waiting = new ArrayDeque<>();
    private final AimdLimit limit;
    private int inUse;

    InflightWindow(WorkerConfig config, WorkerMetrics metrics) {
        this.limit = new AimdLimit(config.window());
        metrics.inflightGauge(this::inUse);
        metrics.windowGauge(this::limit);
    }

    public <T> Uni<T> run(Supplier<Uni<T>> work) {
        return Uni.createFrom().<Long> emitter(this::acquire)
                .chain(admitted -> work.get().eventually(() -> release(admitted)));
    }

    public synchronized int inUse() {
        return inUse;
    }

    public synchronized int limit() {
        return limit.limit();
    }

    private void acquire(UniEmitter<? super Long> emitter) {
        Waiter waiter = new Waiter(emitter, new AtomicBoolean());
        synchronized (this) {
            if (inUse >= limit.limit()) {
                waiting.add(waiter);
                emitter.onTermination(() -> withdraw(waiter));
                return;
            }
            inUse++;
        }
        emitter.complete(System.nanoTime());
    }

    private synchronized void withdraw(Waiter waiter) {
        if (waiter.settled().compareAndSet(false, true)) {
            waiting.remove(waiter);
        }
    }

    /** Feeds the latency to the limit, then admits as many waiters as the limit now allows. */
    private void release(long admittedNanos) {
        List<Waiter> admitted = new ArrayList<>();
        synchronized (this) {
            limit.onSample(System.nanoTime() - admittedNanos, !waiting.isEmpty() || inUse >= limit.limit());
            inUse--;
            while (inUse < limit.limit()) {
                Waiter next = waiting.poll();
                if (next == null) {
                    break;
                }
                if (next.settled().compareAndSet(false, true)) {
                    inUse++;
                    admitted.add(next);
                }
            }
        }
        long now = System.nanoTime();
        admitted.forEach(waiter -> waiter.emitter().complete(now));
    }

    private record Waiter(UniEmitter<? super Long> emitter, AtomicBoolean settled) {
    }
}
