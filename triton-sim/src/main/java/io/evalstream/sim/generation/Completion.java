package io.evalstream.sim.generation;

import java.util.List;

import io.evalstream.sim.answer.Answer;

/**
 * The generated text after stop strings (cut, not included) and the token budget, which a verbatim answer skips. The
 * simulator generates one token per Unicode code point. The prompt's reported token count is InternLM2's ratio on
 * C-Eval, about 1.4 code points per token, plus the BOS token, so that prompts are not reported as longer than the
 * real tokenizer makes them.
 */
record Completion(String text, String finishReason) {

    static Completion of(Answer answer, int maxTokens, List<String> stops) {
        if (answer.verbatim()) {
            return new Completion(answer.text(), "stop");
        }
        String text = answer.text();
        for (String stop : stops) {
            int at = stop.isEmpty() ? -1 : text.indexOf(stop);
            if (at >= 0) {
                text = text.substring(0, at);
            }
        }
        if (tokens(text) > maxTokens) {
            return new Completion(text.substring(0, text.offsetByCodePoints(0, Math.max(0, maxTokens))), "length");
        }
        return new Completion(text, "stop");
    }

    private static final double CODE_POINTS_PER_PROMPT_TOKEN = 1.4;

    static int promptTokens(String prompt) {
        return 1 + (int) Math.ceil(tokens(prompt) / CODE_POINTS_PER_PROMPT_TOKEN);
    }

    static int tokens(String text) {
        return text.codePointCount(0, text.length());
    }

    int tokens() {
        return tokens(text);
    }

    /** The text split into tokens (code points). */
    List<String> pieces() {
        return text.codePoints().mapToObj(Character::toString).toList();
    }
}
