package io.evalstream.sim.answer;

import java.util.Optional;

import io.evalstream.sim.tensor.TritonException;

/** Answers each question with the prediction a recorded run holds for its subject and row index, verbatim. */
public record ReplayPolicy(RecordedPredictions recorded) implements Policy {

    @Override
    public Answer answer(Optional<CevalQuestion> question, String questionId, String prompt) {
        CevalQuestion known = question.orElseThrow(() -> TritonException.invalid("replay of " + recorded.folder()
                + ": request '" + questionId + "' is no known C-Eval question (neither its id nor its prompt's end)"));
        return recorded.prediction(known.subject(), known.row()).map(text -> new Answer(text, true))
                .orElseThrow(() -> TritonException.invalid("replay of " + recorded.folder() + ": no prediction for "
                        + known.id() + " (" + recorded.file(known.subject()).getFileName() + " has no entry \""
                        + known.row() + "\")"));
    }
}
