package io.evalstream.benchmark.ceval;

/**
 * OpenCompass 0.2.4 with the tutorial's {@code max_seq_len=2048} and {@code max_out_len=100} drops in-context
 * examples while a prompt is over 2048 tokens and left-truncates the input to 1948 tokens. evalstream never drops
 * shots on an estimate; a prompt whose real token count (reported by Triton) is over the limit is reported instead.
 */
public final class PromptLength {

    public static final int MAX_SEQ_LEN = 2048;
    public static final int MAX_OUT_LEN = 100;
    public static final int MAX_INPUT_TOKENS = MAX_SEQ_LEN - MAX_OUT_LEN;

    private PromptLength() {
    }

    public static boolean overLimit(int inputTokens) {
        return inputTokens > MAX_INPUT_TOKENS;
    }

    /** The run warning for one question. */
    public static String warning(String dataset, int index, int inputTokens) {
        return dataset + " #" + index + ": prompt is " + inputTokens + " tokens, over " + MAX_INPUT_TOKENS
                + " (max_seq_len " + MAX_SEQ_LEN + " - max_out_len " + MAX_OUT_LEN
                + "); OpenCompass 0.2.4 would drop in-context examples or truncate it";
    }
}
