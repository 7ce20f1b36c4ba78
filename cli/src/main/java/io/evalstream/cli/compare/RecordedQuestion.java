package io.evalstream.cli.compare;

/** One entry of a predictions file: the prompt as sent, the raw prediction and the gold letter ("" when absent). */
record RecordedQuestion(String prompt, String prediction, String gold) {

    /**
     * OpenCompass's {@code first_capital_postprocess}: the first code point that is uppercase in the Unicode sense,
     * or the empty string.
     */
    String answer() {
        return prediction.codePoints().filter(Character::isUpperCase).mapToObj(Character::toString).findFirst()
                .orElse("");
    }
}
