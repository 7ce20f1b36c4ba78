package io.evalstream.sim.answer;

/**
 * The full output of the model for one prompt. A verbatim answer is a recorded output: it is sent as it is, without
 * cutting at stop strings or at the token budget.
 */
public record Answer(String text, boolean verbatim) {
}
