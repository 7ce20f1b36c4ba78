package io.evalstream.sim.generation;

import java.util.List;

import io.evalstream.sim.answer.Answer;

/**
 * The generated text after stop strings (cut, not included) and the token budget, which a verbatim answer skips. The
 * simulator counts one token per Unicode code point, for prompts and outputs alike.
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
