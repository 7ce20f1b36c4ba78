package io.evalstream.worker.triton;

import java.util.concurrent.TimeUnit;

import io.evalstream.triton.proto.GRPCInferenceServiceGrpc;
import io.evalstream.triton.proto.GRPCInferenceServiceGrpc.GRPCInferenceServiceStub;
import io.evalstream.triton.proto.ModelInferRequest;
import io.evalstream.triton.proto.ModelStreamInferResponse;
import io.evalstream.triton.proto.MutinyGRPCInferenceServiceGrpc.MutinyGRPCInferenceServiceStub;
import io.grpc.Channel;
import io.grpc.Metadata;
import io.grpc.stub.ClientResponseObserver;
import io.grpc.stub.MetadataUtils;
import io.quarkus.grpc.GrpcClient;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The Triton stubs with the configured headers; {@link #call()} starts the per-request deadline, {@link #openStream}
 * opens a ModelStreamInfer call without one (it outlives its requests, which keep their own deadlines).
 */
@ApplicationScoped
public class TritonStub {

    private final MutinyGRPCInferenceServiceStub stub;
    private final GRPCInferenceServiceStub streaming;
    private final TritonConfig config;

    TritonStub(@GrpcClient("triton") MutinyGRPCInferenceServiceStub stub,
            @GrpcClient("triton") Channel channel, TritonConfig config) {
        this.config = config;
        this.stub = stub.withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers(config)));
        this.streaming = GRPCInferenceServiceGrpc.newStub(channel).withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers(config)));
    }

    /** A stub whose deadline starts now; call it when the request is about to be sent. */
    public MutinyGRPCInferenceServiceStub call() {
        return stub.withDeadlineAfter(config.deadline().toMillis(), TimeUnit.MILLISECONDS);
    }

    void openStream(ClientResponseObserver<ModelInferRequest, ModelStreamInferResponse> responses) {
        streaming.modelStreamInfer(responses);
    }

    public String address() {
        return config.address();
    }

    private static Metadata headers(TritonConfig config) {
        Metadata metadata = new Metadata();
        config.headers().forEach((name, value) -> metadata.put(key(name), value));
        config.bearerToken().ifPresent(token -> metadata.put(key("authorization"), "Bearer " + token));
        return metadata;
    }

    private static Metadata.Key<String> key(String name) {
        return Metadata.Key.of(name, Metadata.ASCII_STRING_MARSHALLER);
    }
}
