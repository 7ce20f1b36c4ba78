package io.evalstream.worker.inference;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "evalstream.worker")
public interface WorkerConfig {

    /** Identifies this worker in predictions and run events; defaults to the host name. */
    Optional<String> id();

    /** Triton requests in flight at once across all batches, adapted to Triton's latency. */
    Window window();

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

    /**
     * The in-flight window ({@link AimdLimit}): it grows additively while request latency stays flat and shrinks
     * multiplicatively when a queue makes it rise, within [min, max]. It starts small, so that the latency without a
     * queue is seen first, and doubles per round trip until the first rise: a worker fills a GPU within seconds, and
     * four workers on one Triton settle near its capacity together instead of stacking four full windows on it.
     */
    interface Window {

        @WithDefault("16")
        int min();

        /** Four workers starting together fill 256 slots without a queue: the latency they first see is the baseline. */
        @WithDefault("64")
        int initial();

        @WithDefault("1024")
        int max();

        /** Requests added to the window per window's worth of completed requests (about one per latency). */
        @WithDefault("8")
        double increase();

        /** Latency counts as risen when its recent average exceeds the baseline by this factor. */
        @WithDefault("1.3")
        double tolerance();
    }
}
