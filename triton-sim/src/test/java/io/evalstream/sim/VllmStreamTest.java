package io.evalstream.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.evalstream.triton.proto.InferParameter;
import io.evalstream.triton.proto.ModelInferRequest;
import io.evalstream.triton.proto.ModelInferResponse;
import io.evalstream.triton.proto.ModelStreamInferResponse;
import io.grpc.Status;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class VllmStreamTest {

    private static final String SAMPLING = "{\"max_tokens\":100,\"temperature\":0,\"stop\":[\"<|im_end|>\"]}";
    private static final String CHAT_TAIL = "<|im_end|>\n<|im_start|>assistant\n";

    private final Triton triton = new Triton();

    @AfterEach
    void close() throws InterruptedException {
        triton.close();
    }

    @Test
    void sameQuestionTextIsAnsweredByQuestionId() throws Exception {
        Triton.Stream stream = triton.stream(false);
        String prompt = "<|im_start|>user\n" + Triton.ECON_5_54 + CHAT_TAIL;
        stream.send(Triton.vllm("ceval/val/college_economics/5", prompt, SAMPLING, true, false));
        stream.send(Triton.vllm("ceval/val/college_economics/54#2", prompt, SAMPLING, true, false));
        Map<String, ModelInferResponse> byId = new HashMap<>();
        for (int i = 0; i < 2; i++) {
            ModelInferResponse r = stream.next().getInferResponse();
            byId.put(r.getId(), r);
        }
        assertEquals("D", Triton.text(byId.get("ceval/val/college_economics/5")));
        assertEquals("C", Triton.text(byId.get("ceval/val/college_economics/54#2")));
        ModelInferResponse r = byId.get("ceval/val/college_economics/5");
        assertEquals(Triton.VLLM, r.getModelName());
        assertEquals("1", r.getModelVersion());
        assertTrue(Triton.isFinal(r));
        assertEquals(1, r.getRawOutputContentsCount());
        assertEquals("BYTES", r.getOutputs(0).getDatatype());
        assertEquals(0, r.getOutputs(0).getContents().getBytesContentsCount());
        assertEquals(Status.Code.OK, stream.finish().getCode());
    }

    @Test
    void unknownIdFallsBackToTheLastQuestionBlockOfThePrompt() throws Exception {
        // computer_network val 1 (gold C) after a shot of val 0, in both chat and plain templates
        String shot = Triton.block("计算机网络", "x", "a", "b", "c", "d") + "\nA\n";
        String chat = "<|im_start|>user\n" + shot + Triton.ECON_5_54 + CHAT_TAIL;
        Triton.Stream stream = triton.stream(false);
        stream.send(Triton.vllm("req-1", chat, SAMPLING, true, false));
        stream.send(Triton.vllm("req-2", shot + Triton.ECON_5_54, SAMPLING, true, false));
        assertEquals("D", Triton.text(stream.next().getInferResponse()));
        assertEquals("D", Triton.text(stream.next().getInferResponse()));
        stream.finish();
    }

    @Test
    void promptIsEchoedUnlessExcludedAndMaxTokensDefaultsToSixteen() throws Exception {
        Triton.Stream stream = triton.stream(false);
        stream.send(Triton.vllm("ceval/val/college_economics/5", Triton.ECON_5_54, null, null, false));
        assertEquals(Triton.ECON_5_54 + "D", Triton.text(stream.next().getInferResponse()));
        stream.send(Triton.vllm("ceval/val/college_economics/54", Triton.ECON_5_54, "{\"max_tokens\":\"0\"}", true, false));
        assertEquals("", Triton.text(stream.next().getInferResponse()));
        stream.finish();
    }

    @Test
    void streamingSendsDeltasAndOneFinalResponse() throws Exception {
        Triton.Stream stream = triton.stream(false);
        ModelInferRequest request = Triton.vllm("ceval/val/college_economics/54", Triton.ECON_5_54, SAMPLING, true, true)
                .toBuilder().putParameters("triton_enable_empty_final_response",
                        InferParameter.newBuilder().setBoolParam(true).build()).build();
        stream.send(request);
        ModelInferResponse data = stream.next().getInferResponse();
        ModelInferResponse last = stream.next().getInferResponse();
        assertEquals("C", Triton.text(data));
        assertFalse(Triton.isFinal(data));
        assertTrue(Triton.isFinal(last));
        assertEquals(0, last.getOutputsCount());
        assertEquals(Status.Code.OK, stream.finish().getCode());
    }

    @Test
    void streamingWithPromptEchoIsAnInStreamError() throws Exception {
        Triton.Stream stream = triton.stream(false);
        stream.send(Triton.vllm("echo", Triton.ECON_5_54, SAMPLING, false, true));
        ModelStreamInferResponse error = stream.next();
        assertEquals("echo", error.getInferResponse().getId());
        assertTrue(error.getErrorMessage().contains("`exclude_input_in_output` = False is not allowed"));
        stream.finish();
    }

    @Test
    void errorsStayInTheStreamByDefault() throws Exception {
        Triton.Stream stream = triton.stream(false);
        stream.send(Triton.vllm("lost", "hi", SAMPLING, true, false).toBuilder().setModelName("nope").build());
        ModelStreamInferResponse error = stream.next();
        assertEquals("Request for unknown model: 'nope' is not found", error.getErrorMessage());
        assertEquals("lost", error.getInferResponse().getId());
        stream.send(Triton.vllm("ceval/val/college_economics/5", "hi", SAMPLING, true, false));
        assertEquals("D", Triton.text(stream.next().getInferResponse()));
        assertEquals(Status.Code.OK, stream.finish().getCode());
    }

    @Test
    void tritonGrpcErrorHeaderClosesTheStreamWithTheStatus() throws Exception {
        Triton.Stream stream = triton.stream(true);
        stream.send(Triton.vllm("lost", "hi", SAMPLING, true, false).toBuilder().setModelName("nope").build());
        Status status = stream.status.get(10, java.util.concurrent.TimeUnit.SECONDS);
        assertEquals(Status.Code.NOT_FOUND, status.getCode());
        assertEquals("Request for unknown model: 'nope' is not found", status.getDescription());
    }

    @Test
    void manyRequestsInFlightAreCorrelatedById() throws Exception {
        Triton.Stream stream = triton.stream(false);
        List<String> golds = List.of("C", "C", "C", "C", "D", "D", "C", "D");
        for (int i = 0; i < golds.size(); i++) {
            stream.send(Triton.vllm("ceval/val/computer_network/" + i, "?", SAMPLING, true, false));
        }
        Map<String, String> answers = new HashMap<>();
        for (int i = 0; i < golds.size(); i++) {
            ModelInferResponse r = stream.next().getInferResponse();
            answers.put(r.getId(), Triton.text(r));
        }
        for (int i = 0; i < golds.size(); i++) {
            assertEquals(golds.get(i), answers.get("ceval/val/computer_network/" + i));
        }
        assertEquals(Status.Code.OK, stream.finish().getCode());
    }
}
