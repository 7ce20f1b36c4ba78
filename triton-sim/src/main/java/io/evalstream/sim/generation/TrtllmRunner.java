package io.evalstream.sim.generation;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Singleton;

import io.evalstream.sim.answer.Answer;
import io.evalstream.sim.answer.Answerer;
import io.evalstream.sim.model.Datatype;
import io.evalstream.sim.model.SimModel;
import io.evalstream.sim.tensor.DecodedInputs;
import io.evalstream.sim.tensor.InputTensor;
import io.evalstream.sim.tensor.TritonException;
import io.evalstream.triton.proto.ModelInferRequest;
import io.grpc.Status;

/**
 * TensorRT-LLM ensemble semantics: B rows per request, max_tokens per row, stop_words per row; the prompt is
 * prepended unless exclude_input_in_output is true; stream=true (decoupled only) sends one delta per step.
 */
@Singleton
public class TrtllmRunner implements ModelRunner {

    private final Answerer answerer;

    TrtllmRunner(Answerer answerer) {
        this.answerer = answerer;
    }

    @Override
    public Generation plan(SimModel model, ModelInferRequest request, DecodedInputs inputs) {
        int rows = inputs.batchSize();
        boolean stream = inputs.flag("stream", 0, true, false);
        if (stream && !model.decoupled()) {
            throw new TritonException(Status.Code.INVALID_ARGUMENT,
                    "Streaming is only supported if model is deployed using decoupled mode.");
        }
        InputTensor prompts = inputs.get("text_input").orElseThrow();
        List<Completion> completions = new ArrayList<>();
        int promptChars = 0;
        for (int row = 0; row < rows; row++) {
            String prompt = prompts.string(row);
            promptChars = Math.max(promptChars, Completion.tokens(prompt));
            Answer full = answerer.answer(request.getId(), row, rows, prompt);
            int maxTokens = (int) inputs.get("max_tokens").orElseThrow().integer(row);
            completions.add(Completion.of(full, maxTokens, stopWords(inputs, row)));
        }
        if (!stream) {
            List<String> texts = new ArrayList<>();
            for (int row = 0; row < rows; row++) {
                boolean prepend = !inputs.flag("exclude_input_in_output", row, true, false);
                texts.add((prepend ? prompts.string(row) : "") + completions.get(row).text());
            }
            int tokens = completions.stream().mapToInt(Completion::tokens).max().orElse(0);
            return new Generation(promptChars, List.of(new Chunk(tokens, outputs(inputs, prompts, texts,
                    completions.stream().map(c -> (long) c.tokens()).toList()))));
        }
        return new Generation(promptChars, steps(inputs, prompts, completions));
    }

    private List<Chunk> steps(DecodedInputs inputs, InputTensor prompts, List<Completion> completions) {
        int steps = Math.max(1, completions.stream().mapToInt(Completion::tokens).max().orElse(0));
        List<Chunk> chunks = new ArrayList<>();
        for (int step = 0; step < steps; step++) {
            List<String> texts = new ArrayList<>();
            List<Long> counts = new ArrayList<>();
            for (Completion completion : completions) {
                List<String> pieces = completion.pieces();
                texts.add(step < pieces.size() ? pieces.get(step) : "");
                counts.add(step < pieces.size() ? 1L : 0L);
            }
            chunks.add(new Chunk(1, outputs(inputs, prompts, texts, counts)));
        }
        return chunks;
    }

    private static List<String> stopWords(DecodedInputs inputs, int row) {
        return inputs.get("stop_words").map(t -> {
            int width = t.rowWidth(true);
            List<String> words = new ArrayList<>();
            for (int i = 0; i < width; i++) {
                words.add(t.string(row * width + i));
            }
            return words;
        }).orElse(List.of());
    }

    private static List<OutputTensor> outputs(DecodedInputs inputs, InputTensor prompts, List<String> texts,
            List<Long> outputTokens) {
        List<Long> shape = List.of((long) texts.size(), 1L);
        List<OutputTensor> outputs = new ArrayList<>();
        outputs.add(OutputTensor.strings("text_output", shape, texts));
        if (inputs.flag("return_num_input_tokens", 0, true, false)) {
            List<Long> counts = new ArrayList<>();
            for (int row = 0; row < texts.size(); row++) {
                counts.add((long) Completion.promptTokens(prompts.string(row)));
            }
            outputs.add(OutputTensor.integers("num_input_tokens", Datatype.INT32, shape, counts));
        }
        if (inputs.flag("return_num_output_tokens", 0, true, false)) {
            outputs.add(OutputTensor.integers("num_output_tokens", Datatype.INT32, shape, outputTokens));
        }
        return outputs;
    }
}
