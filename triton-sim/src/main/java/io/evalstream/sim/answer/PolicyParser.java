package io.evalstream.sim.answer;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Parses {@code POLICY[:P][:STYLE]} ({@code oracle}, {@code oracle:0.7}, {@code random:answer-en}, ...) or
 * {@code replay:DIR}, which loads the recorded predictions in DIR.
 */
public final class PolicyParser {

    private static final String REPLAY = "replay:";

    private PolicyParser() {
    }

    public static Policy parse(String text) {
        if (text.startsWith(REPLAY)) {
            String dir = text.substring(REPLAY.length());
            if (dir.isBlank()) {
                throw invalid(text, "replay needs the output folder to replay");
            }
            return new ReplayPolicy(RecordedPredictions.load(Path.of(dir)));
        }
        String[] parts = text.trim().split(":", -1);
        int next = 1;
        Optional<Double> rate;
        switch (parts[0]) {
            case "oracle" -> {
                rate = Optional.of(1.0);
                if (parts.length > 1 && isNumber(parts[1])) {
                    rate = Optional.of(rate(text, parts[1]));
                    next = 2;
                }
            }
            case "random" -> rate = Optional.empty();
            default -> throw invalid(text, "unknown policy '" + parts[0] + "' (expected oracle, random or replay)");
        }
        AnswerStyle style = AnswerStyle.LETTER;
        if (parts.length > next) {
            String key = parts[next];
            style = AnswerStyle.parse(key).orElseThrow(() -> invalid(text,
                    "unknown style '" + key + "' (expected one of " + AnswerStyle.keys() + ")"));
        }
        if (parts.length > next + 1) {
            throw invalid(text, "too many parts");
        }
        return new AnswerPolicy(rate, style);
    }

    private static boolean isNumber(String part) {
        return part.matches("[0-9.eE+-]+");
    }

    private static double rate(String text, String part) {
        try {
            double p = Double.parseDouble(part);
            if (p >= 0 && p <= 1) {
                return p;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw invalid(text, "oracle rate '" + part + "' must be a number between 0 and 1");
    }

    private static IllegalArgumentException invalid(String text, String why) {
        return new IllegalArgumentException("Invalid triton-sim.policy (TRITON_SIM_POLICY) '" + text + "': " + why
                + ". Grammar: POLICY[:P][:STYLE] or replay:DIR, e.g. oracle, oracle:0.6, random, oracle:0.5:answer-en, "
                + "replay:outputs/20240101_000000");
    }
}
