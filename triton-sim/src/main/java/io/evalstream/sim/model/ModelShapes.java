package io.evalstream.sim.model;

import static io.evalstream.sim.model.Datatype.BOOL;
import static io.evalstream.sim.model.Datatype.BYTES;
import static io.evalstream.sim.model.Datatype.FP32;
import static io.evalstream.sim.model.Datatype.INT32;
import static io.evalstream.sim.model.Datatype.UINT32;
import static io.evalstream.sim.model.TensorSpec.optional;
import static io.evalstream.sim.model.TensorSpec.required;

import java.util.List;

import io.evalstream.sim.config.SimConfig.ModelSettings;

/** The Triton model configs of the three served shapes (vLLM backend, TRT-LLM ensemble, plain batched text). */
final class ModelShapes {

    private ModelShapes() {
    }

    static SimModel of(String name, ModelSettings settings) {
        return switch (settings.kind()) {
            case VLLM -> new SimModel(name, ModelKind.VLLM, "", "vllm", settings.maxBatchSize().orElse(0),
                    settings.decoupled().orElse(true), vllmInputs(), vllmOutputs());
            case TRTLLM -> new SimModel(name, ModelKind.TRTLLM, "ensemble", "", settings.maxBatchSize().orElse(64),
                    settings.decoupled().orElse(false), trtllmInputs(), trtllmOutputs());
            case TEXT_BATCH -> new SimModel(name, ModelKind.TEXT_BATCH, "", "python",
                    settings.maxBatchSize().orElse(32), settings.decoupled().orElse(false),
                    List.of(required("PROMPT", BYTES, 1)), List.of(required("COMPLETION", BYTES, 1)));
        };
    }

    private static List<TensorSpec> vllmInputs() {
        return List.of(required("text_input", BYTES, 1), optional("stream", BOOL, 1),
                optional("sampling_parameters", BYTES, 1), optional("exclude_input_in_output", BOOL, 1),
                optional("return_num_input_tokens", BOOL, 1), optional("return_num_output_tokens", BOOL, 1),
                optional("return_finish_reason", BOOL, 1));
    }

    private static List<TensorSpec> vllmOutputs() {
        return List.of(required("text_output", BYTES, -1), required("finish_reason", BYTES, -1),
                required("num_input_tokens", UINT32, 1), required("num_output_tokens", UINT32, -1));
    }

    private static List<TensorSpec> trtllmInputs() {
        return List.of(required("text_input", BYTES, 1), required("max_tokens", INT32, 1),
                optional("stop_words", BYTES, -1), optional("temperature", FP32, 1),
                optional("exclude_input_in_output", BOOL, 1), optional("stream", BOOL, 1),
                optional("return_num_input_tokens", BOOL, 1), optional("return_num_output_tokens", BOOL, 1));
    }

    private static List<TensorSpec> trtllmOutputs() {
        return List.of(required("text_output", BYTES, -1), required("num_input_tokens", INT32, 1),
                required("num_output_tokens", INT32, 1));
    }
}
