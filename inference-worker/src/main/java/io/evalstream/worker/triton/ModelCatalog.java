package io.evalstream.worker.triton;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.evalstream.triton.proto.ModelConfigRequest;
import io.evalstream.triton.proto.ModelConfigResponse;
import io.evalstream.triton.proto.ModelMetadataRequest;
import io.evalstream.triton.proto.ModelMetadataResponse;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Model interfaces discovered from ModelMetadata + ModelConfig, cached per model name (failures are not cached). */
@ApplicationScoped
public class ModelCatalog {

    private final Map<String, Uni<ModelInterface>> cache = new ConcurrentHashMap<>();
    private final TritonStub triton;
    private final TritonConfig config;

    ModelCatalog(TritonStub triton, TritonConfig config) {
        this.triton = triton;
        this.config = config;
    }

    public Uni<ModelInterface> describe(String model) {
        return cache.computeIfAbsent(model, name -> fetch(name).memoize().indefinitely())
                .onFailure().invoke(() -> cache.remove(model));
    }

    private Uni<ModelInterface> fetch(String model) {
        Uni<ModelMetadataResponse> metadata = Uni.createFrom()
                .deferred(() -> triton.call().modelMetadata(ModelMetadataRequest.newBuilder().setName(model).build()));
        Uni<ModelConfigResponse> modelConfig = Uni.createFrom()
                .deferred(() -> triton.call().modelConfig(ModelConfigRequest.newBuilder().setName(model).build()));
        return Uni.combine().all().unis(metadata, modelConfig).asTuple()
                .onFailure().transform(TritonCallException::from)
                .map(both -> ModelInterfaces.of(both.getItem1(), both.getItem2().getConfig(),
                        Optional.ofNullable(config.models().get(model))));
    }
}
