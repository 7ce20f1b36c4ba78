package io.evalstream.worker.triton;

import java.time.temporal.ChronoUnit;

import org.eclipse.microprofile.faulttolerance.Retry;

import io.evalstream.triton.proto.ModelReadyRequest;
import io.evalstream.triton.proto.ServerReadyRequest;
import io.smallrye.faulttolerance.api.AsynchronousNonBlocking;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Waits (bounded) until Triton and the model are ready, then describes the model. Transient failures (Triton
 * restarting, unreachable, or the model still loading) are retried for the whole wait, as long as inference requests
 * are; a model Triton does not serve (NOT_FOUND) fails at once.
 */
@ApplicationScoped
public class TritonReadiness {

    private final TritonStub triton;
    private final ModelCatalog catalog;

    TritonReadiness(TritonStub triton, ModelCatalog catalog) {
        this.triton = triton;
        this.catalog = catalog;
    }

    @AsynchronousNonBlocking
    @Retry(maxRetries = -1, delay = 500, maxDuration = 180, durationUnit = ChronoUnit.SECONDS,
            retryOn = TransientTritonException.class)
    public Uni<ModelInterface> awaitModel(String model) {
        return Uni.createFrom().deferred(() -> triton.call().serverReady(ServerReadyRequest.getDefaultInstance()))
                .onFailure().transform(TritonCallException::from)
                .invoke(server -> {
                    if (!server.getReady()) {
                        throw new TransientTritonException("UNAVAILABLE", "Server not ready");
                    }
                })
                .chain(() -> triton.call().modelReady(ModelReadyRequest.newBuilder().setName(model).build()))
                .onFailure().transform(TritonCallException::from)
                .invoke(ready -> {
                    if (!ready.getReady()) {
                        throw new TransientTritonException("UNAVAILABLE", "model '" + model + "' is not ready");
                    }
                })
                .chain(() -> catalog.describe(model));
    }

    public String address() {
        return triton.address();
    }
}
