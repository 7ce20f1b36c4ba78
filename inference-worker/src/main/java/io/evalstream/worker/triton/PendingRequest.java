package io.evalstream.worker.triton;

import java.util.List;

import io.evalstream.triton.proto.ModelStreamInferResponse;
import io.smallrye.mutiny.subscription.UniEmitter;

/** A request sent on a shared stream, waiting for its final response. */
final class PendingRequest {

    private final String id;
    private final StreamedRequest collected;
    private final UniEmitter<? super List<Generation>> emitter;

    PendingRequest(String id, StreamedRequest collected, UniEmitter<? super List<Generation>> emitter) {
        this.id = id;
        this.collected = collected;
        this.emitter = emitter;
    }

    String id() {
        return id;
    }

    /** @return true when this response finishes the request */
    boolean accept(ModelStreamInferResponse response) {
        return collected.accept(response);
    }

    void finish() {
        try {
            emitter.complete(collected.result());
        } catch (TritonCallException e) {
            emitter.fail(e);
        }
    }

    void fail(TritonCallException error) {
        emitter.fail(error);
    }
}
