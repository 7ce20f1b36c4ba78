package io.evalstream.worker.triton;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where Triton is and how to talk to it (the gRPC channel itself is configured under quarkus.grpc.clients.triton). */
@ConfigMapping(prefix = "evalstream.triton")
public interface TritonConfig {

    @WithDefault("127.0.0.1")
    String host();

    @WithDefault("8001")
    int port();

    /** Deadline of one Triton request (one attempt). */
    @WithDefault("120s")
    Duration deadline();

    /**
     * ModelStreamInfer calls shared by all requests to decoupled models; more calls mean fewer requests failed (and
     * sent again) when one breaks.
     */
    @WithDefault("4")
    int streams();

    /** Extra metadata headers sent with every call, e.g. a gateway's API key. */
    Map<String, String> headers();

    /** Sent as {@code authorization: Bearer <token>} when set. */
    Optional<String> bearerToken();

    /** Per-model tensor name overrides, keyed by the model name on Triton. */
    Map<String, TensorNames> models();

    default String address() {
        return host() + ":" + port();
    }

    interface TensorNames {
        Optional<String> textInput();

        Optional<String> textOutput();
    }
}
