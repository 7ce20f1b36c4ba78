package io.evalstream.sim.grpc;

import jakarta.inject.Singleton;

import io.evalstream.sim.engine.InferenceEngine;
import io.evalstream.sim.tensor.TritonException;
import io.evalstream.triton.proto.ModelInferRequest;
import io.evalstream.triton.proto.ModelInferResponse;
import io.evalstream.triton.proto.ModelStreamInferResponse;
import io.smallrye.mutiny.Multi;

/**
 * ModelStreamInfer: every request runs concurrently, responses interleave (correlated by id). A request error becomes
 * an in-stream error_message unless the client asked to close the stream on errors.
 */
@Singleton
class StreamInference {

    private final InferenceEngine engine;

    StreamInference(InferenceEngine engine) {
        this.engine = engine;
    }

    Multi<ModelStreamInferResponse> run(Multi<ModelInferRequest> requests, boolean closeOnError) {
        return requests.onItem().transformToMulti(request -> one(request, closeOnError)).merge(Integer.MAX_VALUE);
    }

    private Multi<ModelStreamInferResponse> one(ModelInferRequest request, boolean closeOnError) {
        return engine.infer(request, true)
                .map(response -> ModelStreamInferResponse.newBuilder().setInferResponse(response).build())
                .onFailure(TritonException.class).recoverWithMulti(e -> closeOnError
                        ? Multi.createFrom().failure(((TritonException) e).toStatus())
                        : Multi.createFrom().item(error(request, e.getMessage())));
    }

    private static ModelStreamInferResponse error(ModelInferRequest request, String message) {
        return ModelStreamInferResponse.newBuilder().setErrorMessage(message)
                .setInferResponse(ModelInferResponse.newBuilder().setId(request.getId())
                        .setModelName(request.getModelName()))
                .build();
    }
}
