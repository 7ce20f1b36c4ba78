package io.evalstream.scorer.report;

import io.evalstream.scorer.result.QuestionResult;

/** The parts of a stored result that the output files show. */
public record OutputRow(String questionId, String subject, int index, String prompt, String output, String prediction,
        String gold) {

    static OutputRow of(QuestionResult result) {
        return new OutputRow(result.questionId, result.subject, result.rowIndex, result.promptText(),
                result.rawOutput, result.prediction, result.gold);
    }

    /** The id column of the question: the last segment of {@code ceval/<split>/<subject>/<id>}. */
    public String id() {
        return questionId.substring(questionId.lastIndexOf('/') + 1);
    }
}
