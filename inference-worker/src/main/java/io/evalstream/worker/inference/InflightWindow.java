package io.evalstream.worker.inference;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import io.evalstream.worker.metrics.WorkerMetrics;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import jakarta.enterprise.context.ApplicationScoped;

/** A non-blocking bound on Triton requests in flight across all batches: work waits for a permit, no thread does. */
@ApplicationScoped
public class InflightWindow {

    private final Queue<Waiter> waiting = new ArrayDeque<>();
    private final int capacity;
    private int available;

    InflightWindow(WorkerConfig config, WorkerMetrics metrics) {
        this.capacity = config.maxInflightRequests();
        this.available = capacity;
        metrics.inflightGauge(this::inUse);
    }

    public <T> Uni<T> run(Supplier<Uni<T>> work) {
        return Uni.createFrom().<Void> emitter(this::acquire)
                .chain(() -> work.get().eventually(this::release));
    }

    public synchronized int inUse() {
        return capacity - available;
    }

    private void acquire(UniEmitter<? super Void> emitter) {
        Waiter waiter = new Waiter(emitter, new AtomicBoolean());
        synchronized (this) {
            if (available == 0) {
                waiting.add(waiter);
                emitter.onTermination(() -> withdraw(waiter));
                return;
            }
            available--;
        }
        emitter.complete(null);
    }

    private synchronized void withdraw(Waiter waiter) {
        if (waiter.settled().compareAndSet(false, true)) {
            waiting.remove(waiter);
        }
    }

    /** Hands the permit to the next waiter still waiting, or returns it. */
    private void release() {
        Waiter next;
        synchronized (this) {
            do {
                next = waiting.poll();
            } while (next != null && !next.settled().compareAndSet(false, true));
            if (next == null) {
                available++;
                return;
            }
        }
        next.emitter().complete(null);
    }

    private record Waiter(UniEmitter<? super Void> emitter, AtomicBoolean settled) {
    }
}
