package io.evalstream.scorer.console;

import io.evalstream.scorer.result.QuestionResult;
import java.util.List;
import java.util.Map;

/**
 * A run's failed questions: the count by error code and the first few results.
 *
 * @param deadLetters records this scorer sent to the dead-letter topic since it started, by reason (all runs)
 */
public record Failures(Map<String, Long> byCode, List<QuestionResult> first, Map<String, Long> deadLetters) {

    public long total() {
        return byCode.values().stream().mapToLong(Long::longValue).sum();
    }
}
