package io.evalstream.sim.engine;

import java.util.List;
import java.util.concurrent.TimeUnit;

import io.evalstream.sim.metrics.ModelMetrics;
import io.evalstream.sim.metrics.ModelMetrics.FailureReason;
import io.evalstream.triton.proto.ModelInferResponse;
import io.grpc.Status;
import io.smallrye.mutiny.subscription.MultiEmitter;
import io.vertx.core.Vertx;

/** Runs one planned request: waits for a slot, emits each response when ready (Vert.x timers), honours cancellation. */
final class Execution {

    record Plan(List<ModelInferResponse> responses, long[] readyAtNanos, int batchSize, Fault fault) {
    }

    private final Plan plan;
    private final MultiEmitter<? super ModelInferResponse> emitter;
    private final ModelMetrics metrics;
    private final SlotScheduler slots;
    private final Vertx vertx;
    private final Runnable start = this::start;
    private final long enqueued = System.nanoTime();
    private long started;
    private int next;
    private long timer = -1;
    private boolean holding;
    private boolean finished;

    Execution(Plan plan, MultiEmitter<? super ModelInferResponse> emitter, ModelMetrics metrics, SlotScheduler slots,
            Vertx vertx) {
        this.plan = plan;
        this.emitter = emitter;
        this.metrics = metrics;
        this.slots = slots;
        this.vertx = vertx;
    }

    void submit() {
        emitter.onTermination(this::terminate);
        slots.acquire(start);
    }

    private synchronized void start() {
        if (finished) {
            slots.release();
            return;
        }
        holding = true;
        started = System.nanoTime();
        if (plan.fault() != Fault.STALL) {
            scheduleNext();
        }
    }

    private void scheduleNext() {
        long delayNanos = started + plan.readyAtNanos()[next] - System.nanoTime();
        if (delayNanos <= 0) {
            fire();
        } else {
            timer = vertx.setTimer(Math.max(1, TimeUnit.NANOSECONDS.toMillis(delayNanos + 999_999)), id -> fire());
        }
    }

    private synchronized void fire() {
        timer = -1;
        if (finished) {
            return;
        }
        List<ModelInferResponse> responses = plan.responses();
        if (plan.fault() == Fault.BREAK_STREAM && next >= responses.size() / 2) {
            finish(FailureReason.OTHER);
            emitter.fail(Status.UNAVAILABLE.withDescription("Socket closed (simulated broken stream)").asRuntimeException());
            return;
        }
        ModelInferResponse response = responses.get(next++);
        if (next < responses.size()) {
            emitter.emit(response);
            scheduleNext();
            return;
        }
        finished = true;
        holding = false;
        slots.release();
        metrics.succeeded(plan.batchSize(), started - enqueued, System.nanoTime() - started);
        emitter.emit(response);
        emitter.complete();
    }

    private void finish(FailureReason reason) {
        finished = true;
        if (holding) {
            holding = false;
            slots.release();
        }
        metrics.failed(reason);
    }

    private synchronized void terminate() {
        if (finished) {
            return;
        }
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
        if (!holding) {
            slots.withdraw(start);
        }
        finish(FailureReason.CANCELED);
    }
}
