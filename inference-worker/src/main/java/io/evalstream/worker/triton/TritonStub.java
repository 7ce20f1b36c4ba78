package io.evalstream.worker.triton;

import java.util.concurrent.TimeUnit;

import io.evalstream.triton.proto.MutinyGRPCInferenceServiceGrpc.MutinyGRPCInferenceServiceStub;
import io.grpc.Metadata;
import io.grpc.stub.MetadataUtils;
import io.quarkus.grpc.GrpcClient;
import jakarta.enterprise.context.ApplicationScoped;

/** The Triton stub with the configured headers; {@link #call()} starts the per-request deadline. */
@ApplicationScoped
public class TritonStub {

    private final MutinyGRPCInferenceServiceStub stub;
    private final TritonConfig config;

    TritonStub(@GrpcClient("triton") MutinyGRPCInferenceServiceStub stub, TritonConfig config) {
        this.config = config;
        this.stub = stub.withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers(config)));
    }

    /** A stub whose deadline starts now; call it when the request is about to be sent. */
    public MutinyGRPCInferenceServiceStub call() {
        return stub.withDeadlineAfter(config.deadline().toMillis(), TimeUnit.MILLISECONDS);
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
