package io.evalstream.sim.generation;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Singleton;

import io.evalstream.sim.answer.Answerer;
import io.evalstream.sim.model.SimModel;
import io.evalstream.sim.tensor.DecodedInputs;
import io.evalstream.sim.tensor.InputTensor;
import io.evalstream.triton.proto.ModelInferRequest;

/**
 * A plain batched text model: one COMPLETION per PROMPT row, each row's question identified as {@link Answerer}
 * describes.
 */
@Singleton
public class TextBatchRunner implements ModelRunner {

    private final Answerer answerer;

    TextBatchRunner(Answerer answerer) {
        this.answerer = answerer;
    }

    @Override
    public Generation plan(SimModel model, ModelInferRequest request, DecodedInputs inputs) {
        InputTensor prompts = inputs.get("PROMPT").orElseThrow();
        int rows = inputs.batchSize();
        List<String> texts = new ArrayList<>();
        int promptChars = 0;
        int tokens = 0;
        for (int row = 0; row < rows; row++) {
            String prompt = prompts.string(row);
            String text = answerer.answer(request.getId(), row, rows, prompt).text();
            texts.add(text);
            promptChars = Math.max(promptChars, Completion.tokens(prompt));
            tokens = Math.max(tokens, Completion.tokens(text));
        }
        return new Generation(promptChars, List.of(new Chunk(tokens,
                List.of(OutputTensor.strings("COMPLETION", List.of((long) rows, 1L), texts)))));
    }
}
