package io.evalstream.scorer.reuse;

import io.evalstream.pipeline.run.Generation;
import io.evalstream.scorer.result.GenerationKey;
import io.evalstream.scorer.result.QuestionResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds stored outputs that a new run can reuse: same model, same prompt (by hash) and same generation settings, and
 * inference that succeeded. The most recent result wins when several runs match.
 */
@ApplicationScoped
public class ReuseService {

    static final int MAX_PROMPT_HASHES = 100_000;
    private static final int HASHES_PER_QUERY = 1_000;

    @Transactional
    public List<ReusablePrediction> reusable(ReuseRequest request) {
        validate(request);
        Generation g = request.generation();
        String key = GenerationKey.of(g.maxNewTokens(), g.temperature(), g.stop(), g.seed());
        List<String> hashes = request.promptHashes().stream().distinct().toList();
        Map<String, ReusablePrediction> found = new LinkedHashMap<>();
        for (int start = 0; start < hashes.size(); start += HASHES_PER_QUERY) {
            List<String> slice = hashes.subList(start, Math.min(start + HASHES_PER_QUERY, hashes.size()));
            for (QuestionResult r : QuestionResult.reusable(request.model(), key, slice)) {
                found.putIfAbsent(r.promptHash, new ReusablePrediction(r.promptHash, r.rawOutput, r.finishReason,
                        r.inputTokens, r.outputTokens, r.runId));
            }
        }
        return List.copyOf(found.values());
    }

    private static void validate(ReuseRequest request) {
        if (request == null) {
            throw new ReuseRejectedException("body",
                    "a JSON object with model, generation and promptHashes is required");
        }
        if (request.model() == null || request.model().isBlank()) {
            throw new ReuseRejectedException("model", "model is required");
        }
        Generation g = request.generation();
        if (g == null || g.maxNewTokens() == null || g.temperature() == null || g.stop() == null || g.seed() == null) {
            throw new ReuseRejectedException("generation",
                    "generation needs maxNewTokens, temperature, stop and seed, as the run will use them");
        }
        if (request.promptHashes() == null) {
            throw new ReuseRejectedException("promptHashes", "promptHashes is required");
        }
        if (request.promptHashes().size() > MAX_PROMPT_HASHES) {
            throw new ReuseRejectedException("promptHashes", "at most " + MAX_PROMPT_HASHES + " prompt hashes, got "
                    + request.promptHashes().size());
        }
    }
}
