package io.evalstream.cli.compare;

import io.evalstream.benchmark.postprocess.FirstCapital;

/** One entry of a predictions file: the prompt as sent, the raw prediction and the gold letter ("" when absent). */
record RecordedQuestion(String prompt, String prediction, String gold) {

    private static final FirstCapital FIRST_CAPITAL = new FirstCapital();

    /** The answer OpenCompass's ceval_gen extracts from the prediction. */
    String answer() {
        return FIRST_CAPITAL.extract(prediction);
    }
}
