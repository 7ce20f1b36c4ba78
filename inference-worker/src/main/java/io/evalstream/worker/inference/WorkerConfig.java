package io.evalstream.worker.inference;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "evalstream.worker")
public interface WorkerConfig {

    /** Identifies this worker in predictions and run events; defaults to the host name. */
    Optional<String> id();

    /** Triton requests in flight at once across all batches. */
    @WithDefault("256")
    int maxInflightRequests();

    /** Question batches processed at once. */
    @WithDefault("32")
    int maxBatchesInFlight();

    /** Upper bound of prompts per request for batched models (also capped by the model's max_batch_size). */
    @WithDefault("32")
    int maxPromptsPerRequest();
}
