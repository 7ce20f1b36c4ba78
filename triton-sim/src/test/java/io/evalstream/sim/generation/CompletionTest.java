package io.evalstream.sim.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.evalstream.sim.answer.Answer;

class CompletionTest {

    private static final List<String> STOPS = List.of("<|im_end|>");

    @Test
    void generatedAnswersStopAtStopStringsAndTheTokenBudget() {
        assertEquals(new Completion("B", "stop"), Completion.of(new Answer("B<|im_end|>C", false), 16, STOPS));
        assertEquals(new Completion("答案", "length"), Completion.of(new Answer("答案是B", false), 2, STOPS));
    }

    @Test
    void verbatimAnswersAreSentWhole() {
        String recorded = "\nB<|im_end|>\n以下是中国关于";
        assertEquals(new Completion(recorded, "stop"), Completion.of(new Answer(recorded, true), 2, STOPS));
    }
}
