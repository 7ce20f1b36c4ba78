package io.evalstream.worker.triton;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.evalstream.triton.proto.ModelConfig;
import io.evalstream.triton.proto.ModelMetadataResponse;
import io.evalstream.triton.proto.ModelMetadataResponse.TensorMetadata;

/** Derives a {@link ModelInterface} from Triton's description of a model. */
public final class ModelInterfaces {

    static final String BYTES = "BYTES";

    private ModelInterfaces() {
    }

    public static ModelInterface of(ModelMetadataResponse metadata, ModelConfig config,
            Optional<TritonConfig.TensorNames> overrides) {
        Map<String, String> inputs = types(metadata.getInputsList());
        Map<String, String> outputs = types(metadata.getOutputsList());
        ModelShape shape = inputs.containsKey("sampling_parameters") ? ModelShape.VLLM
                : inputs.containsKey("max_tokens") ? ModelShape.TRTLLM
                : ModelShape.PLAIN;
        String textInput = overrides.flatMap(TritonConfig.TensorNames::textInput)
                .orElseGet(() -> textTensor("input", metadata.getName(), inputs));
        String textOutput = overrides.flatMap(TritonConfig.TensorNames::textOutput)
                .orElseGet(() -> textTensor("output", metadata.getName(), outputs));
        return new ModelInterface(metadata.getName(), shape, config.getModelTransactionPolicy().getDecoupled(),
                config.getMaxBatchSize(), inputs, outputs, textInput, textOutput);
    }

    private static Map<String, String> types(List<TensorMetadata> tensors) {
        Map<String, String> types = new LinkedHashMap<>();
        tensors.forEach(t -> types.put(t.getName(), t.getDatatype()));
        return types;
    }

    /** text_input / text_output when present, else the only BYTES tensor. */
    private static String textTensor(String kind, String model, Map<String, String> tensors) {
        String conventional = "text_" + kind;
        if (BYTES.equals(tensors.get(conventional))) {
            return conventional;
        }
        List<String> candidates = tensors.entrySet().stream().filter(e -> BYTES.equals(e.getValue()))
                .map(Map.Entry::getKey).toList();
        if (candidates.size() != 1) {
            throw new TritonCallException("INVALID_ARGUMENT", "model '" + model + "' has no unique BYTES " + kind
                    + " (found " + candidates + "); configure evalstream.triton.models.\"" + model + "\".text-"
                    + kind);
        }
        return candidates.get(0);
    }
}
