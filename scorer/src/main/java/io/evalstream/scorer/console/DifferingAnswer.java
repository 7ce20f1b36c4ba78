package io.evalstream.scorer.console;

import io.evalstream.scorer.result.QuestionResult;

/** One question's results in two runs whose extracted answers differ. */
public record DifferingAnswer(QuestionResult baseline, QuestionResult other) {
}
