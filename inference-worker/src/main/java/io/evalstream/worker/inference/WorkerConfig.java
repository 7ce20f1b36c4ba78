package io.evalstream.worker.inference;

import java.time.Duration;
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

    /** Runs whose control state and admission this worker remembers; the least recently used are forgotten. */
    @WithDefault("10000")
    int maxRemembered();

    /** How long a run's admission (its model checked on Triton) holds without batches before it is checked again. */
    @WithDefault("1h")
    Duration admissionTtl();
}
