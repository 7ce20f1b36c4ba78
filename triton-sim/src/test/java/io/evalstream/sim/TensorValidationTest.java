package io.evalstream.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.google.protobuf.ByteString;

import io.evalstream.triton.proto.InferTensorContents;
import io.evalstream.triton.proto.ModelInferRequest;
import io.evalstream.triton.proto.ModelInferResponse;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class TensorValidationTest {

    private final Triton triton = new Triton();

    @AfterEach
    void close() throws InterruptedException {
        triton.close();
    }

    private static ModelInferRequest.Builder trtllm(String prompt) {
        return Triton.request(Triton.TRTLLM, "ceval/val/college_economics/54")
                .addInputs(Triton.input("text_input", "BYTES", 1, 1)).addRawInputContents(Triton.strings(prompt))
                .addInputs(Triton.input("max_tokens", "INT32", 1, 1)).addRawInputContents(Triton.int32s(10));
    }

    private static ModelInferRequest.Builder textBatch(String id) {
        return Triton.request(Triton.TEXT_BATCH, id);
    }

    @Test
    void rawBytesAreLengthPrefixedLittleEndian() {
        ByteString raw = Triton.strings("hi");
        assertEquals(ByteString.copyFrom(new byte[] {2, 0, 0, 0, 'h', 'i'}), raw);
        ModelInferResponse response = triton.blocking().modelInfer(textBatch("ceval/val/college_economics/54")
                .addInputs(Triton.input("PROMPT", "BYTES", 1, 1)).addRawInputContents(raw).build());
        assertEquals("ceval/val/college_economics/54", response.getId());
        assertEquals("1", response.getModelVersion());
        assertEquals(ByteString.copyFrom(new byte[] {1, 0, 0, 0, 'C'}), response.getRawOutputContents(0));
    }

    @Test
    void typedContentsAreAcceptedAndAnsweredRaw() {
        ModelInferRequest request = textBatch("ceval/val/college_economics/5").addInputs(Triton.input("PROMPT", "BYTES", 1, 1)
                .toBuilder().setContents(InferTensorContents.newBuilder()
                        .addBytesContents(ByteString.copyFrom("q", StandardCharsets.UTF_8))))
                .build();
        ModelInferResponse response = triton.blocking().modelInfer(request);
        assertEquals("D", Triton.decodeStrings(response.getRawOutputContents(0)).get(0));
        assertEquals(0, response.getOutputs(0).getContents().getBytesContentsCount());
    }

    @Test
    void contentsMixedWithRawIsRejected() {
        ModelInferRequest request = trtllm("q").addInputs(Triton.input("temperature", "FP32", 1, 1).toBuilder()
                .setContents(InferTensorContents.newBuilder().addFp32Contents(0f))).build();
        assertInvalid("contents field must not be specified when using raw_input_contents for 'temperature' for model '"
                + Triton.TRTLLM + "'", request);
    }

    @Test
    void missingRawDataIsRejected() {
        ModelInferRequest request = trtllm("q").addInputs(Triton.input("temperature", "FP32", 1, 1)).build();
        assertInvalid("unable to find data for input tensor 'temperature' for model '" + Triton.TRTLLM + "' in request.",
                request);
    }

    @Test
    void stringElementCountMustMatchTheShape() {
        ModelInferRequest tooMany = textBatch("a").addInputs(Triton.input("PROMPT", "BYTES", 1, 1))
                .addRawInputContents(Triton.strings("x", "y")).build();
        assertInvalid("[request id: a] unexpected number of string elements 2 for inference input 'PROMPT' for model '"
                + Triton.TEXT_BATCH + "', expecting 1", tooMany);
        ModelInferRequest tooFew = textBatch("b").addInputs(Triton.input("PROMPT", "BYTES", 2, 1))
                .addRawInputContents(Triton.strings("x")).build();
        assertInvalid("[request id: b] expected 2 string elements for inference input 'PROMPT' for model '"
                + Triton.TEXT_BATCH + "', got 1", tooFew);
        ModelInferRequest truncated = textBatch("").addInputs(Triton.input("PROMPT", "BYTES", 1, 1))
                .addRawInputContents(ByteString.copyFrom(new byte[] {1, 0})).build();
        assertInvalid("[request id: <id_unknown>] incomplete string length indicator for inference input 'PROMPT' for"
                + " model '" + Triton.TEXT_BATCH + "', expecting 4 bytes but only 2 bytes available. Please make sure the"
                + " string length indicator is in one buffer.", truncated);
    }

    @Test
    void fixedSizeByteCountMustMatch() {
        ModelInferRequest request = Triton.request(Triton.TRTLLM, "c")
                .addInputs(Triton.input("text_input", "BYTES", 1, 1)).addRawInputContents(Triton.strings("q"))
                .addInputs(Triton.input("max_tokens", "INT32", 1, 1)).addRawInputContents(ByteString.copyFrom(new byte[2]))
                .build();
        assertInvalid("[request id: c] input byte size mismatch for input 'max_tokens' for model '" + Triton.TRTLLM
                + "'. Expected 4, got 2", request);
    }

    @Test
    void namesTypesRequiredInputsAndBatchSizeAreChecked() {
        assertInvalid("[request id: ceval/val/college_economics/54] unexpected inference input 'foo' for model '"
                + Triton.TRTLLM + "'", trtllm("q").addInputs(Triton.input("foo", "BOOL", 1, 1))
                        .addRawInputContents(Triton.bools(true)).build());
        assertInvalid("[request id: d] inference input 'PROMPT' data-type is 'INT32', but model '" + Triton.TEXT_BATCH
                + "' expects 'BYTES'", textBatch("d").addInputs(Triton.input("PROMPT", "INT32", 1, 1))
                        .addRawInputContents(Triton.int32s(1)).build());
        assertInvalid("[request id: e] expected number of inputs between 2 and 8 but got 1 inputs for model '"
                + Triton.TRTLLM + "'. Got input(s) ['text_input'], but missing required input(s) ['max_tokens']."
                + " Please provide all required input(s).", Triton.request(Triton.TRTLLM, "e")
                        .addInputs(Triton.input("text_input", "BYTES", 1, 1)).addRawInputContents(Triton.strings("q")).build());
        String[] prompts = new String[33];
        java.util.Arrays.fill(prompts, "p");
        assertInvalid("[request id: f] inference request batch-size must be <= 32 for '" + Triton.TEXT_BATCH + "'",
                textBatch("f").addInputs(Triton.input("PROMPT", "BYTES", 33, 1))
                        .addRawInputContents(Triton.strings(prompts)).build());
        assertInvalid("[request id: g] unexpected shape for input 'PROMPT' for model '" + Triton.TEXT_BATCH
                + "'. Expected [-1,1], got [1,2]", textBatch("g").addInputs(Triton.input("PROMPT", "BYTES", 1, 2))
                        .addRawInputContents(Triton.strings("a", "b")).build());
    }

    @Test
    void unaryCallsOnDecoupledModelsAreUnimplemented() {
        StatusRuntimeException e = assertThrows(StatusRuntimeException.class, () -> triton.blocking()
                .modelInfer(Triton.vllm("x", "q", null, true, false)));
        assertEquals(Status.Code.UNIMPLEMENTED, e.getStatus().getCode());
        assertEquals("ModelInfer RPC doesn't support models with decoupled transaction policy",
                e.getStatus().getDescription());
    }

    private void assertInvalid(String message, ModelInferRequest request) {
        StatusRuntimeException e = assertThrows(StatusRuntimeException.class, () -> triton.blocking().modelInfer(request));
        assertEquals(Status.Code.INVALID_ARGUMENT, e.getStatus().getCode());
        assertEquals(message, e.getStatus().getDescription());
    }
}
