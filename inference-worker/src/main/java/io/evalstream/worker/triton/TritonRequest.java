package io.evalstream.worker.triton;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import io.evalstream.pipeline.GenerationSettings;

/**
 * One logical request to Triton, kept across retry attempts.
 *
 * @param id the question id (comma-joined for a batched request); attempts after the first append {@code #<attempt>}
 */
public record TritonRequest(ModelInterface model, String id, List<String> prompts, GenerationSettings generation,
        AtomicInteger attempts, AtomicReference<String> lastFailure) {

    public TritonRequest(ModelInterface model, String id, List<String> prompts, GenerationSettings generation) {
        this(model, id, prompts, generation, new AtomicInteger(), new AtomicReference<>());
    }

    /** Starts the next attempt and returns its request id. */
    String nextAttemptId() {
        int attempt = attempts.incrementAndGet();
        return attempt == 1 ? id : id + "#" + attempt;
    }
}
