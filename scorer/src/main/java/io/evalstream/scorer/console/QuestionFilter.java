package io.evalstream.scorer.console;

/**
 * What the questions page shows.
 *
 * @param subject empty for every subject
 * @param outcome empty, {@code correct}, {@code wrong} (answered, not right), {@code failed} (inference error) or
 *                {@code empty} (answered with no extractable letter)
 * @param text    searched in the question id, prompt and raw output (case-insensitive); empty for no search
 */
public record QuestionFilter(String subject, String outcome, String text) {

    public static final java.util.List<String> OUTCOMES = java.util.List.of("correct", "wrong", "failed", "empty");

    public QuestionFilter {
        subject = subject == null ? "" : subject.strip();
        outcome = outcome == null ? "" : outcome.strip();
        text = text == null ? "" : text.strip();
        if (!outcome.isEmpty() && !OUTCOMES.contains(outcome)) {
            throw new BadConsoleInput("outcome must be one of " + OUTCOMES + ", got '" + outcome + "'");
        }
    }
}
