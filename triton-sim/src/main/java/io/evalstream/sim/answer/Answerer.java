package io.evalstream.sim.answer;

import jakarta.inject.Singleton;

import io.evalstream.sim.config.SimConfig;
import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;

/** Produces the full (untruncated) model output for a prompt, by the configured policy. */
@Singleton
@Startup
public class Answerer {

    private final AnswerKey key;
    private final Policy policy;

    Answerer(AnswerKey key, SimConfig config) {
        this.key = key;
        this.policy = PolicyParser.parse(config.policy());
        Log.infof("Answer policy %s", config.policy());
    }

    /**
     * The answer for row {@code row} of a request with {@code rows} prompts. A question id identifies the row's
     * question: the request id itself for one row, the row's entry for a request id that lists one question id per
     * row, comma-separated; otherwise the end of the prompt does.
     */
    public Answer answer(String requestId, int row, int rows, String prompt) {
        String questionId = rows == 1 ? requestId : rowId(requestId, row, rows);
        return policy.answer(key.identify(questionId, prompt), questionId, prompt);
    }

    private static String rowId(String requestId, int row, int rows) {
        String[] ids = requestId.split(",", -1);
        return ids.length == rows ? ids[row] : "";
    }
}
