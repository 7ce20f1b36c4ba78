package io.evalstream.sim.grpc;

import jakarta.enterprise.context.ApplicationScoped;

import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;

/** Reads Triton's {@code triton_grpc_error: true} header: close the stream with the status on the first error. */
@ApplicationScoped
public class TritonHeaders implements ServerInterceptor {

    static final Context.Key<Boolean> CLOSE_STREAM_ON_ERROR = Context.keyWithDefault("triton_grpc_error", false);
    private static final Metadata.Key<String> HEADER = Metadata.Key.of("triton_grpc_error",
            Metadata.ASCII_STRING_MARSHALLER);

    @Override
    public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers,
            ServerCallHandler<Q, R> next) {
        boolean close = "true".equalsIgnoreCase(headers.get(HEADER));
        return Contexts.interceptCall(Context.current().withValue(CLOSE_STREAM_ON_ERROR, close), call, headers, next);
    }
}
