package io.evalstream.worker.triton;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReferenceArray;

import io.evalstream.triton.proto.ModelInferRequest;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import io.vertx.core.Vertx;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Sends requests to decoupled models on a few long-lived ModelStreamInfer calls shared by all of them (a broken
 * call fails only the requests on it). Each request keeps its own deadline; a new call replaces one that ended.
 */
@ApplicationScoped
public class TritonStreams {

    private final TritonStub triton;
    private final Vertx vertx;
    private final long deadlineMillis;
    private final AtomicReferenceArray<SharedStream> streams;

    TritonStreams(TritonStub triton, Vertx vertx, TritonConfig config) {
        this.triton = triton;
        this.vertx = vertx;
        this.deadlineMillis = config.deadline().toMillis();
        this.streams = new AtomicReferenceArray<>(config.streams());
    }

    Uni<List<Generation>> send(ModelInterface model, ModelInferRequest request, int prompts) {
        return Uni.createFrom().emitter(emitter -> send(request, new PendingRequest(request.getId(),
                new StreamedRequest(model, prompts), emitter), emitter));
    }

    private void send(ModelInferRequest request, PendingRequest waiting, UniEmitter<?> emitter) {
        int slot = ThreadLocalRandom.current().nextInt(streams.length());
        SharedStream stream = streams.get(slot);
        while (stream == null || !stream.send(request, waiting)) {
            stream = replace(slot, stream);
        }
        SharedStream sentOn = stream;
        long timer = vertx.setTimer(deadlineMillis, expired -> {
            sentOn.withdraw(request.getId(), waiting, true);
            waiting.fail(new TransientTritonException("DEADLINE_EXCEEDED",
                    "no final response for request " + request.getId() + " within " + deadlineMillis + " ms"));
        });
        emitter.onTermination(() -> {
            vertx.cancelTimer(timer);
            sentOn.withdraw(request.getId(), waiting, false);
        });
    }

    /** Opens a new call in place of {@code ended}, unless another request already did. */
    private synchronized SharedStream replace(int slot, SharedStream ended) {
        SharedStream current = streams.get(slot);
        if (current != null && current != ended) {
            return current;
        }
        SharedStream opened = new SharedStream();
        triton.openStream(opened);
        streams.set(slot, opened);
        return opened;
    }

    @PreDestroy
    void close() {
        for (int slot = 0; slot < streams.length(); slot++) {
            SharedStream stream = streams.get(slot);
            if (stream != null) {
                stream.close();
            }
        }
    }
}
