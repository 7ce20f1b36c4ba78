package io.evalstream.worker.triton;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.evalstream.pipeline.GenerationSettings;
import io.evalstream.triton.proto.ModelInferRequest;
import io.evalstream.triton.proto.ModelInferRequest.InferInputTensor;

class InferRequestsTest {

    private final InferRequests requests = new InferRequests(new ObjectMapper());
    private final GenerationSettings greedy = GenerationSettings.newBuilder().setMaxNewTokens(100)
            .setTemperature(0).addStop("<|im_end|>").addStop("</s>").build();

    @Test
    void vllmSendsSamplingParametersAsJsonAndNoBatchDimension() {
        ModelInterface vllm = model(ModelShape.VLLM, true, 0, Map.of("text_input", "BYTES", "stream", "BOOL",
                "exclude_input_in_output", "BOOL", "sampling_parameters", "BYTES", "return_num_output_tokens", "BOOL"));
        ModelInferRequest request = requests.build(vllm, "ceval/val/x/0", List.of("prompt"), greedy);

        Map<String, List<Long>> shapes = shapes(request);
        assertEquals(Map.of("text_input", List.of(1L), "stream", List.of(1L), "exclude_input_in_output", List.of(1L),
                "sampling_parameters", List.of(1L), "return_num_output_tokens", List.of(1L)), shapes);
        assertEquals(request.getInputsCount(), request.getRawInputContentsCount());
        assertEquals("ceval/val/x/0", request.getId());
        assertEquals(List.of("{\"max_tokens\":100,\"temperature\":0.0,\"stop\":[\"<|im_end|>\",\"</s>\"]}"),
                TensorCodec.decodeBytes(raw(request, "sampling_parameters")));
        assertEquals(List.of((byte) 0), List.of(raw(request, "stream").byteAt(0)));
        assertEquals(List.of((byte) 1), List.of(raw(request, "exclude_input_in_output").byteAt(0)));
    }

    @Test
    void trtllmAddsTheBatchDimensionAndTypedGenerationInputs() {
        ModelInterface trtllm = model(ModelShape.TRTLLM, false, 64, Map.of("text_input", "BYTES", "max_tokens", "INT32",
                "stop_words", "BYTES", "temperature", "FP32", "exclude_input_in_output", "BOOL"));
        ModelInferRequest request = requests.build(trtllm, "id", List.of("prompt"), greedy);

        assertEquals(Map.of("text_input", List.of(1L, 1L), "max_tokens", List.of(1L, 1L), "stop_words",
                List.of(1L, 2L), "temperature", List.of(1L, 1L), "exclude_input_in_output", List.of(1L, 1L)),
                shapes(request));
        assertEquals(List.of("<|im_end|>", "</s>"), TensorCodec.decodeBytes(raw(request, "stop_words")));
        assertEquals(TensorCodec.int32(100), raw(request, "max_tokens"));
    }

    @Test
    void plainBatchedModelCarriesSeveralPromptsInOneTensor() {
        ModelInterface plain = new ModelInterface("text-batch", ModelShape.PLAIN, false, 32,
                Map.of("PROMPT", "BYTES"), Map.of("COMPLETION", "BYTES"), "PROMPT", "COMPLETION");
        ModelInferRequest request = requests.build(plain, "a,b,c", List.of("p1", "p2", "p3"), greedy);

        assertEquals(Map.of("PROMPT", List.of(3L, 1L)), shapes(request));
        assertEquals(List.of("p1", "p2", "p3"), TensorCodec.decodeBytes(raw(request, "PROMPT")));
        assertEquals("COMPLETION", request.getOutputs(0).getName());
    }

    private static ModelInterface model(ModelShape shape, boolean decoupled, int maxBatchSize,
            Map<String, String> inputs) {
        return new ModelInterface("m", shape, decoupled, maxBatchSize, new LinkedHashMap<>(inputs),
                Map.of("text_output", "BYTES"), "text_input", "text_output");
    }

    private static Map<String, List<Long>> shapes(ModelInferRequest request) {
        Map<String, List<Long>> shapes = new LinkedHashMap<>();
        request.getInputsList().forEach(input -> shapes.put(input.getName(), input.getShapeList()));
        return shapes;
    }

    private static com.google.protobuf.ByteString raw(ModelInferRequest request, String name) {
        List<InferInputTensor> inputs = request.getInputsList();
        for (int i = 0; i < inputs.size(); i++) {
            if (inputs.get(i).getName().equals(name)) {
                return request.getRawInputContents(i);
            }
        }
        throw new AssertionError("no input " + name);
    }
}
