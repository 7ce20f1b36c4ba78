package io.evalstream.scorer.console;

import io.evalstream.scorer.result.QuestionResult;

/**
 * A stored result as the questions page shows it: the prompt cut before the question asked, so that the in-context
 * examples before it can fold away.
 *
 * @param examples the few-shot part of the prompt, empty for a zero-shot prompt
 * @param asked    the rest of the prompt, from the question asked on
 */
public record QuestionView(QuestionResult result, String examples, String asked, String outcome) {

    /** Each C-Eval question, the examples' and the one asked, opens with this line (ceval_gen's template). */
    static final String QUESTION_OPENING = "以下是中国关于";

    public static QuestionView of(QuestionResult result) {
        String prompt = result.prompt == null ? "" : result.prompt;
        int asked = prompt.lastIndexOf(QUESTION_OPENING);
        if (asked <= 0 || prompt.indexOf(QUESTION_OPENING) == asked) {
            return new QuestionView(result, "", prompt, outcome(result));
        }
        // Keep a chat template's turn marker that opens the question asked with the question.
        int turn = prompt.lastIndexOf('\n', asked - 1);
        int cut = turn > 0 && prompt.substring(turn + 1, asked).length() < 40 ? turn + 1 : asked;
        return new QuestionView(result, prompt.substring(0, cut), prompt.substring(cut), outcome(result));
    }

    public double latencyMillis() {
        return result.latencyMicros / 1000.0;
    }

    private static String outcome(QuestionResult result) {
        if (result.errorCode != null) {
            return "failed";
        }
        if (result.correct) {
            return "correct";
        }
        return result.prediction == null || result.prediction.isEmpty() ? "empty" : "wrong";
    }
}
