package io.evalstream.sim.grpc;

import java.util.List;
import java.util.function.Supplier;

import io.evalstream.sim.config.SimConfig;
import io.evalstream.sim.engine.InferenceEngine;
import io.evalstream.sim.model.ModelCatalog;
import io.evalstream.sim.model.ModelDescriptions;
import io.evalstream.sim.model.SimModel;
import io.evalstream.sim.tensor.TritonException;
import io.evalstream.triton.proto.GRPCInferenceService;
import io.evalstream.triton.proto.ModelConfigRequest;
import io.evalstream.triton.proto.ModelConfigResponse;
import io.evalstream.triton.proto.ModelInferRequest;
import io.evalstream.triton.proto.ModelInferResponse;
import io.evalstream.triton.proto.ModelMetadataRequest;
import io.evalstream.triton.proto.ModelMetadataResponse;
import io.evalstream.triton.proto.ModelReadyRequest;
import io.evalstream.triton.proto.ModelReadyResponse;
import io.evalstream.triton.proto.ModelStatisticsRequest;
import io.evalstream.triton.proto.ModelStatisticsResponse;
import io.evalstream.triton.proto.ModelStreamInferResponse;
import io.evalstream.triton.proto.RepositoryIndexRequest;
import io.evalstream.triton.proto.RepositoryIndexResponse;
import io.evalstream.triton.proto.ServerLiveRequest;
import io.evalstream.triton.proto.ServerLiveResponse;
import io.evalstream.triton.proto.ServerMetadataRequest;
import io.evalstream.triton.proto.ServerMetadataResponse;
import io.evalstream.triton.proto.ServerReadyRequest;
import io.evalstream.triton.proto.ServerReadyResponse;
import io.quarkus.grpc.GrpcService;
import io.quarkus.grpc.RegisterInterceptor;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/** Triton's inference.GRPCInferenceService. */
@GrpcService
@RegisterInterceptor(TritonHeaders.class)
public class TritonService implements GRPCInferenceService {

    private static final List<String> EXTENSIONS = List.of("classification", "sequence", "model_repository",
            "model_repository(unload_dependents)", "schedule_policy", "model_configuration", "system_shared_memory",
            "cuda_shared_memory", "binary_tensor_data", "parameters", "statistics", "trace", "logging");

    private final ModelCatalog catalog;
    private final InferenceEngine engine;
    private final StreamInference streams;
    private final ModelStatisticsView statistics;
    private final SimConfig config;

    TritonService(ModelCatalog catalog, InferenceEngine engine, StreamInference streams,
            ModelStatisticsView statistics, SimConfig config) {
        this.catalog = catalog;
        this.engine = engine;
        this.streams = streams;
        this.statistics = statistics;
        this.config = config;
    }

    @Override
    public Uni<ServerLiveResponse> serverLive(ServerLiveRequest request) {
        return Uni.createFrom().item(ServerLiveResponse.newBuilder().setLive(true).build());
    }

    @Override
    public Uni<ServerReadyResponse> serverReady(ServerReadyRequest request) {
        return Uni.createFrom().item(ServerReadyResponse.newBuilder().setReady(true).build());
    }

    @Override
    public Uni<ModelReadyResponse> modelReady(ModelReadyRequest request) {
        return answer(() -> {
            catalog.require(request.getName(), request.getVersion());
            return ModelReadyResponse.newBuilder().setReady(true).build();
        });
    }

    @Override
    public Uni<ServerMetadataResponse> serverMetadata(ServerMetadataRequest request) {
        return Uni.createFrom().item(ServerMetadataResponse.newBuilder().setName("triton")
                .setVersion(config.serverVersion()).addAllExtensions(EXTENSIONS).build());
    }

    @Override
    public Uni<ModelMetadataResponse> modelMetadata(ModelMetadataRequest request) {
        return answer(() -> ModelDescriptions.metadata(catalog.require(request.getName(), request.getVersion())));
    }

    @Override
    public Uni<ModelConfigResponse> modelConfig(ModelConfigRequest request) {
        return answer(() -> ModelConfigResponse.newBuilder()
                .setConfig(ModelDescriptions.config(catalog.require(request.getName(), request.getVersion()))).build());
    }

    @Override
    public Uni<ModelStatisticsResponse> modelStatistics(ModelStatisticsRequest request) {
        return answer(() -> statistics.of(request.getName(), request.getVersion()));
    }

    @Override
    public Uni<RepositoryIndexResponse> repositoryIndex(RepositoryIndexRequest request) {
        RepositoryIndexResponse.Builder index = RepositoryIndexResponse.newBuilder();
        for (SimModel model : catalog.all()) {
            index.addModels(RepositoryIndexResponse.ModelIndex.newBuilder().setName(model.name())
                    .setVersion(SimModel.VERSION).setState("READY"));
        }
        return Uni.createFrom().item(index.build());
    }

    @Override
    public Uni<ModelInferResponse> modelInfer(ModelInferRequest request) {
        return CallCancellation.boundToCall(engine.infer(request, false).toUni())
                .onFailure(TritonException.class).transform(e -> ((TritonException) e).toStatus());
    }

    @Override
    public Multi<ModelStreamInferResponse> modelStreamInfer(Multi<ModelInferRequest> requests) {
        return streams.run(requests, TritonHeaders.CLOSE_STREAM_ON_ERROR.get());
    }

    private static <T> Uni<T> answer(Supplier<T> supplier) {
        return Uni.createFrom().item(supplier)
                .onFailure(TritonException.class).transform(e -> ((TritonException) e).toStatus());
    }
}
