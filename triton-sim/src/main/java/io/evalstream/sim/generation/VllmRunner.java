package io.evalstream.sim.generation;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Singleton;

import io.evalstream.sim.answer.Answerer;
import io.evalstream.sim.model.Datatype;
import io.evalstream.sim.model.SimModel;
import io.evalstream.sim.tensor.DecodedInputs;
import io.evalstream.sim.tensor.TritonException;
import io.evalstream.triton.proto.ModelInferRequest;
import io.grpc.Status;

/** vLLM backend semantics: one full response, or one delta per token when stream=true. */
@Singleton
public class VllmRunner implements ModelRunner {

    private static final List<Long> ONE = List.of(1L);

    private final Answerer answerer;
    /** The requests of a run share one sampling_parameters text: parsed once while it repeats. */
    private volatile ParsedSampling lastSampling = new ParsedSampling(null, null);

    VllmRunner(Answerer answerer) {
        this.answerer = answerer;
    }

    @Override
    public Generation plan(SimModel model, ModelInferRequest request, DecodedInputs inputs) {
        String prompt = inputs.get("text_input").orElseThrow().string(0);
        boolean stream = inputs.flag("stream", 0, false, false);
        boolean prepend = inputs.get("exclude_input_in_output").map(t -> !t.bool(0)).orElse(!stream);
        if (prepend && stream) {
            throw new TritonException(Status.Code.INTERNAL,
                    "Error generating stream: When streaming, `exclude_input_in_output` = False is not allowed.");
        }
        SamplingParams params = inputs.get("sampling_parameters").map(t -> sampling(t.string(0)))
                .orElseGet(() -> SamplingParams.fromParameters(request.getParametersMap()));
        Completion completion = Completion.of(answerer.answer(request.getId(), 0, 1, prompt), params.maxTokens(),
                params.stop());
        int promptChars = Completion.tokens(prompt);
        int promptTokens = Completion.promptTokens(prompt);
        if (!stream) {
            String text = prepend ? prompt + completion.text() : completion.text();
            return new Generation(promptChars, List.of(new Chunk(completion.tokens(),
                    outputs(inputs, text, completion.finishReason(), promptTokens, completion.tokens()))));
        }
        List<String> pieces = completion.pieces().isEmpty() ? List.of("") : completion.pieces();
        List<Chunk> chunks = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            String reason = i == pieces.size() - 1 ? completion.finishReason() : "None";
            int tokens = Completion.tokens(pieces.get(i));
            chunks.add(new Chunk(tokens, outputs(inputs, pieces.get(i), reason, promptTokens, tokens)));
        }
        return new Generation(promptTokens, chunks);
    }

    private SamplingParams sampling(String json) {
        ParsedSampling last = lastSampling;
        if (!json.equals(last.json())) {
            last = new ParsedSampling(json, SamplingParams.fromJson(json));
            lastSampling = last;
        }
        return last.params();
    }

    private record ParsedSampling(String json, SamplingParams params) {
    }

    private static List<OutputTensor> outputs(DecodedInputs inputs, String text, String reason, int promptTokens,
            int outputTokens) {
        List<OutputTensor> outputs = new ArrayList<>();
        outputs.add(OutputTensor.strings("text_output", ONE, List.of(text)));
        if (inputs.flag("return_finish_reason", 0, false, false)) {
            outputs.add(OutputTensor.strings("finish_reason", ONE, List.of(reason)));
        }
        if (inputs.flag("return_num_input_tokens", 0, false, false)) {
            outputs.add(OutputTensor.integers("num_input_tokens", Datatype.UINT32, ONE, List.of((long) promptTokens)));
        }
        if (inputs.flag("return_num_output_tokens", 0, false, false)) {
            outputs.add(OutputTensor.integers("num_output_tokens", Datatype.UINT32, ONE, List.of((long) outputTokens)));
        }
        return outputs;
    }
}
