package io.evalstream.cli.compare;

import java.util.Optional;

/** One question (dataset and row index) as folders A and B recorded it; a side is empty when its folder lacks it. */
record QuestionPair(String dataset, int index, Optional<RecordedQuestion> a, Optional<RecordedQuestion> b) {

    boolean promptDiffers() {
        return !a.map(RecordedQuestion::prompt).equals(b.map(RecordedQuestion::prompt));
    }

    boolean predictionDiffers() {
        return !a.map(RecordedQuestion::prediction).equals(b.map(RecordedQuestion::prediction));
    }

    boolean answerDiffers() {
        return !a.map(RecordedQuestion::answer).equals(b.map(RecordedQuestion::answer));
    }

    boolean differs() {
        return !a.equals(b);
    }

    String gold() {
        return a.or(() -> b).map(RecordedQuestion::gold).orElse("");
    }
}
