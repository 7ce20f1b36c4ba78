package io.evalstream.worker.triton;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import io.evalstream.triton.proto.ModelInferRequest;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.MultiEmitter;
import jakarta.enterprise.context.ApplicationScoped;

/** Sends one request: ModelStreamInfer for decoupled models (one short stream per request), ModelInfer otherwise. */
@ApplicationScoped
public class TritonTransport {

    private final TritonStub triton;

    TritonTransport(TritonStub triton) {
        this.triton = triton;
    }

    public Uni<List<Generation>> send(ModelInterface model, ModelInferRequest request, int prompts) {
        Uni<List<Generation>> call = model.decoupled() ? stream(model, request, prompts) : unary(model, request, prompts);
        return call.onFailure().transform(TritonCallException::from);
    }

    private Uni<List<Generation>> unary(ModelInterface model, ModelInferRequest request, int prompts) {
        return Uni.createFrom().deferred(() -> triton.call().modelInfer(request))
                .map(response -> InferResponses.decode(model, response, prompts));
    }

    /** Half-closes the stream once the request is final, so Triton ends the call with OK. */
    private Uni<List<Generation>> stream(ModelInterface model, ModelInferRequest request, int prompts) {
        return Uni.createFrom().deferred(() -> {
            StreamedRequest collected = new StreamedRequest(model, request.getId(), prompts);
            AtomicReference<MultiEmitter<? super ModelInferRequest>> outbound = new AtomicReference<>();
            Multi<ModelInferRequest> requests = Multi.createFrom().emitter(emitter -> {
                outbound.set(emitter);
                emitter.emit(request);
            });
            return triton.call().modelStreamInfer(requests)
                    .onItem().invoke(response -> {
                        if (collected.accept(response)) {
                            outbound.get().complete();
                        }
                    })
                    .collect().last()
                    .map(ignored -> collected.result());
        });
    }
}
