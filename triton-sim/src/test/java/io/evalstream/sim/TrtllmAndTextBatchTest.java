package io.evalstream.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.evalstream.triton.proto.ModelInferRequest;
import io.evalstream.triton.proto.ModelInferResponse;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class TrtllmAndTextBatchTest {

    // computer_network val 0 (gold C) and college_economics val 5 / 54 (gold D, first in file order for the block)
    private static final String NETWORK_0 = Triton.block("计算机网络",
            "使用位填充方法，以01111110为位首flag，数据为011011111111111111110010，求问传送时要添加几个0____", "1", "2", "3",
            "4");

    private final Triton triton = new Triton();

    @AfterEach
    void close() throws InterruptedException {
        triton.close();
    }

    @Test
    void trtllmAnswersEveryRowOfABatch() {
        ModelInferRequest request = Triton.request(Triton.TRTLLM, "batch-1")
                .addInputs(Triton.input("text_input", "BYTES", 2, 1)).addRawInputContents(Triton.strings(NETWORK_0, Triton.ECON_5_54))
                .addInputs(Triton.input("max_tokens", "INT32", 2, 1)).addRawInputContents(Triton.int32s(100, 100))
                .addInputs(Triton.input("exclude_input_in_output", "BOOL", 2, 1)).addRawInputContents(Triton.bools(true, true))
                .addInputs(Triton.input("return_num_input_tokens", "BOOL", 2, 1)).addRawInputContents(Triton.bools(true, true))
                .addInputs(Triton.input("return_num_output_tokens", "BOOL", 2, 1)).addRawInputContents(Triton.bools(true, true))
                .build();
        ModelInferResponse response = triton.blocking().modelInfer(request);
        assertEquals(List.of("C", "D"), Triton.decodeStrings(Triton.output(response, "text_output")));
        assertEquals(List.of(2L, 1L), response.getOutputs(0).getShapeList());
        assertEquals(List.of(reportedPromptTokens(NETWORK_0), reportedPromptTokens(Triton.ECON_5_54)),
                Triton.decodeInts(Triton.output(response, "num_input_tokens")));
        assertEquals(List.of(1, 1), Triton.decodeInts(Triton.output(response, "num_output_tokens")));
        assertEquals("INT32", response.getOutputs(2).getDatatype());
    }

    @Test
    void trtllmPrependsThePromptUnlessExcludedAndHonoursMaxTokens() {
        ModelInferRequest echo = Triton.request(Triton.TRTLLM, "ceval/val/college_economics/54")
                .addInputs(Triton.input("text_input", "BYTES", 1, 1)).addRawInputContents(Triton.strings("Q: "))
                .addInputs(Triton.input("max_tokens", "INT32", 1, 1)).addRawInputContents(Triton.int32s(5)).build();
        assertEquals("Q: C", Triton.text(triton.blocking().modelInfer(echo)));
        ModelInferRequest none = echo.toBuilder().setRawInputContents(1, Triton.int32s(0)).build();
        assertEquals("Q: ", Triton.text(triton.blocking().modelInfer(none)));
    }

    @Test
    void decoupledTrtllmStreamsOverModelStreamInfer() throws Exception {
        Triton.Stream stream = triton.stream(false);
        stream.send(Triton.request(Triton.TRTLLM_DECOUPLED, "ceval/val/college_economics/5")
                .addInputs(Triton.input("text_input", "BYTES", 1, 1)).addRawInputContents(Triton.strings("q"))
                .addInputs(Triton.input("max_tokens", "INT32", 1, 1)).addRawInputContents(Triton.int32s(16))
                .addInputs(Triton.input("stop_words", "BYTES", 1, 2)).addRawInputContents(Triton.strings("<|im_end|>", "</s>"))
                .addInputs(Triton.input("exclude_input_in_output", "BOOL", 1, 1)).addRawInputContents(Triton.bools(true))
                .addInputs(Triton.input("stream", "BOOL", 1, 1)).addRawInputContents(Triton.bools(true)).build());
        ModelInferResponse response = stream.next().getInferResponse();
        assertEquals("D", Triton.text(response));
        assertTrue(Triton.isFinal(response));
        stream.finish();
    }

    @Test
    void textBatchAnswersSeveralPromptsByTheirQuestionBlocks() {
        ModelInferRequest request = Triton.request(Triton.TEXT_BATCH, "many")
                .addInputs(Triton.input("PROMPT", "BYTES", 3, 1))
                .addRawInputContents(Triton.strings(NETWORK_0, Triton.ECON_5_54, "shot\n" + NETWORK_0)).build();
        ModelInferResponse response = triton.blocking().modelInfer(request);
        assertEquals(List.of("C", "D", "C"), Triton.decodeStrings(response.getRawOutputContents(0)));
        assertEquals(List.of(3L, 1L), response.getOutputs(0).getShapeList());
        assertEquals("COMPLETION", response.getOutputs(0).getName());
    }

    /** BOS plus one token per 1.4 code points, rounded up. */
    private static int reportedPromptTokens(String prompt) {
        return 1 + (int) Math.ceil(prompt.codePointCount(0, prompt.length()) / 1.4);
    }
}
