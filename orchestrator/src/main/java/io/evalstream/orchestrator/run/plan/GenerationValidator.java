package io.evalstream.orchestrator.run.plan;

import io.evalstream.benchmark.prompt.ChatTemplate;
import io.evalstream.orchestrator.run.RunRejectedException;
import io.evalstream.orchestrator.run.RunRequest;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import java.util.Objects;

/** Decoding settings: greedy, 100 new tokens and the template's stop strings unless the request says otherwise. */
public final class GenerationValidator {

    public static final int MAX_NEW_TOKENS_LIMIT = 32768;

    private GenerationValidator() {
    }

    public static Generation resolve(RunRequest.GenerationRequest request, ChatTemplate template) {
        RunRequest.GenerationRequest given = Objects.requireNonNullElse(request,
                new RunRequest.GenerationRequest(null, null, null, null));
        int maxNewTokens = Objects.requireNonNullElse(given.maxNewTokens(), 100);
        if (maxNewTokens <= 0 || maxNewTokens > MAX_NEW_TOKENS_LIMIT) {
            throw new RunRejectedException("generation.maxNewTokens", "maxNewTokens must be between 1 and "
                    + MAX_NEW_TOKENS_LIMIT + ", got " + maxNewTokens);
        }
        double temperature = Objects.requireNonNullElse(given.temperature(), 0.0);
        if (!(temperature >= 0.0 && temperature <= 2.0)) {
            throw new RunRejectedException("generation.temperature", "temperature must be between 0 and 2, got "
                    + temperature);
        }
        List<String> stop = Objects.requireNonNullElse(given.stop(), template.stops());
        for (int i = 0; i < stop.size(); i++) {
            if (stop.get(i) == null || stop.get(i).isEmpty()) {
                throw new RunRejectedException("generation.stop[" + i + "]", "stop strings must not be empty");
            }
        }
        long seed = Objects.requireNonNullElse(given.seed(), 0L);
        if (seed < 0) {
            throw new RunRejectedException("generation.seed", "seed must not be negative, got " + seed);
        }
        return new Generation(maxNewTokens, temperature, List.copyOf(stop), seed);
    }

    @RegisterForReflection
    public record Generation(int maxNewTokens, double temperature, List<String> stop, long seed) {
    }
}
