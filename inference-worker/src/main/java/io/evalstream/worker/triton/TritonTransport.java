package io.evalstream.worker.triton;

import java.util.List;

import io.evalstream.triton.proto.ModelInferRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Sends one request: ModelStreamInfer for decoupled models (shared streams), ModelInfer otherwise. */
@ApplicationScoped
public class TritonTransport {

    private final TritonStub triton;
    private final TritonStreams streams;

    TritonTransport(TritonStub triton, TritonStreams streams) {
        this.triton = triton;
        this.streams = streams;
    }

    public Uni<List<Generation>> send(ModelInterface model, ModelInferRequest request, int prompts) {
        Uni<List<Generation>> call = model.decoupled() ? streams.send(model, request, prompts)
                : unary(model, request, prompts);
        return call.onFailure().transform(TritonCallException::from);
    }

    private Uni<List<Generation>> unary(ModelInterface model, ModelInferRequest request, int prompts) {
        return Uni.createFrom().deferred(() -> triton.call().modelInfer(request))
                .map(response -> InferResponses.decode(model, response, prompts));
    }
}
