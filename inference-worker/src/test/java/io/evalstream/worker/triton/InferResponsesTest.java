package io.evalstream.worker.triton;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.google.protobuf.ByteString;

import io.evalstream.triton.proto.InferTensorContents;
import io.evalstream.triton.proto.ModelInferResponse;
import io.evalstream.triton.proto.ModelInferResponse.InferOutputTensor;

class InferResponsesTest {

    private final ModelInterface vllm = new ModelInterface("m", ModelShape.VLLM, true, 0, Map.of(),
            Map.of("text_output", "BYTES", "finish_reason", "BYTES", "num_output_tokens", "UINT32"),
            "text_input", "text_output");

    @Test
    void readsRawOutputsInOutputOrder() {
        ModelInferResponse response = ModelInferResponse.newBuilder()
                .addOutputs(output("num_output_tokens", "UINT32")).addOutputs(output("text_output", "BYTES"))
                .addOutputs(output("finish_reason", "BYTES"))
                .addRawOutputContents(ByteString.copyFrom(new byte[] { 1, 0, 0, 0 }))
                .addRawOutputContents(TensorCodec.bytes(List.of("B")))
                .addRawOutputContents(TensorCodec.bytes(List.of("stop")))
                .build();
        assertEquals(List.of(new Generation("B", "stop", null, 1)), InferResponses.decode(vllm, response, 1));
    }

    @Test
    void fallsBackToTypedContents() {
        ModelInferResponse response = ModelInferResponse.newBuilder()
                .addOutputs(output("text_output", "BYTES").setContents(InferTensorContents.newBuilder()
                        .addBytesContents(ByteString.copyFromUtf8("答案是C"))))
                .addOutputs(output("num_output_tokens", "UINT32").setContents(InferTensorContents.newBuilder()
                        .addUintContents(4)))
                .build();
        assertEquals(List.of(new Generation("答案是C", null, null, 4)), InferResponses.decode(vllm, response, 1));
    }

    private static InferOutputTensor.Builder output(String name, String datatype) {
        return InferOutputTensor.newBuilder().setName(name).setDatatype(datatype).addShape(1);
    }
}
