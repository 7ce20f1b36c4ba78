package io.evalstream.sim.answer;

import java.util.Arrays;
import java.util.Optional;

/** How the chosen letter is written, to exercise the answer postprocessors. */
public enum AnswerStyle {
    LETTER("letter"),
    EXPLAINED("explained"),
    ANSWER_ZH("answer-zh"),
    ANSWER_EN("answer-en");

    private final String key;

    AnswerStyle(String key) {
        this.key = key;
    }

    public String render(char letter) {
        return switch (this) {
            case LETTER -> String.valueOf(letter);
            case EXPLAINED -> letter + "。解析：根据题干信息逐项分析，只有选项" + letter + "符合题意。";
            case ANSWER_ZH -> "答案是" + letter;
            case ANSWER_EN -> "The answer is " + letter;
        };
    }

    static Optional<AnswerStyle> parse(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }

    static String keys() {
        return String.join(", ", Arrays.stream(values()).map(s -> s.key).toList());
    }
}
