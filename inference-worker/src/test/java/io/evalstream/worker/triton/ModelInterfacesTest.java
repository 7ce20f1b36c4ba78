package io.evalstream.worker.triton;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.evalstream.triton.proto.ModelConfig;
import io.evalstream.triton.proto.ModelMetadataResponse;
import io.evalstream.triton.proto.ModelMetadataResponse.TensorMetadata;
import io.evalstream.triton.proto.ModelTransactionPolicy;

class ModelInterfacesTest {

    private final ModelMetadataResponse twoTexts = ModelMetadataResponse.newBuilder().setName("custom")
            .addInputs(tensor("QUESTION", "BYTES")).addInputs(tensor("SYSTEM", "BYTES"))
            .addOutputs(tensor("ANSWER", "BYTES")).build();
    private final ModelConfig batched = ModelConfig.newBuilder().setName("custom").setMaxBatchSize(8).build();

    @Test
    void ambiguousTextInputNeedsAConfiguredName() {
        TritonCallException error = assertThrows(TritonCallException.class,
                () -> ModelInterfaces.of(twoTexts, batched, Optional.empty()));
        assertEquals("INVALID_ARGUMENT", error.code());
        assertTrue(error.detail().contains("text-input"), error.detail());
    }

    @Test
    void configuredTensorNamesWin() {
        ModelInterface model = ModelInterfaces.of(twoTexts, batched, Optional.of(names("QUESTION", "ANSWER")));
        assertEquals(ModelShape.PLAIN, model.shape());
        assertEquals("QUESTION", model.textInput());
        assertEquals("ANSWER", model.textOutput());
        assertEquals(8, model.promptsPerRequest(32));
        assertEquals(4, model.promptsPerRequest(4));
    }

    @Test
    void decoupledFlagComesFromTheTransactionPolicy() {
        ModelMetadataResponse vllm = ModelMetadataResponse.newBuilder().setName("llm")
                .addInputs(tensor("text_input", "BYTES")).addInputs(tensor("sampling_parameters", "BYTES"))
                .addOutputs(tensor("text_output", "BYTES")).build();
        ModelConfig config = ModelConfig.newBuilder().setModelTransactionPolicy(
                ModelTransactionPolicy.newBuilder().setDecoupled(true)).build();
        ModelInterface model = ModelInterfaces.of(vllm, config, Optional.empty());
        assertEquals(ModelShape.VLLM, model.shape());
        assertTrue(model.decoupled());
        assertEquals(1, model.promptsPerRequest(32));
    }

    private static TensorMetadata tensor(String name, String datatype) {
        return TensorMetadata.newBuilder().setName(name).setDatatype(datatype).addShape(-1).addShape(1).build();
    }

    private static TritonConfig.TensorNames names(String input, String output) {
        return new TritonConfig.TensorNames() {
            @Override
            public Optional<String> textInput() {
                return Optional.of(input);
            }

            @Override
            public Optional<String> textOutput() {
                return Optional.of(output);
            }
        };
    }
}
