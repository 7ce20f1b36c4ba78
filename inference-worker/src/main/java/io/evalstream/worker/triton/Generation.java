package io.evalstream.worker.triton;

/** What the model produced for one prompt; token counts and finish reason are null when Triton does not report them. */
public record Generation(String text, String finishReason, Integer inputTokens, Integer outputTokens) {

    /** Appends a later streamed delta of the same request. */
    Generation then(Generation next) {
        return new Generation(text + next.text,
                next.finishReason != null ? next.finishReason : finishReason,
                next.inputTokens != null ? next.inputTokens : inputTokens,
                next.outputTokens != null ? next.outputTokens : outputTokens);
    }
}
