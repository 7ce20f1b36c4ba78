package io.evalstream.sim.answer;

import java.util.Optional;

/** What triton-sim answers with: a letter chosen by rule, or the prediction a recorded run holds. */
public interface Policy {

    /** The question is empty when neither the request id nor the prompt identifies a C-Eval question. */
    Answer answer(Optional<CevalQuestion> question, String questionId, String prompt);
}
