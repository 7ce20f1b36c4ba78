package io.evalstream.worker.triton;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.evalstream.pipeline.GenerationSettings;
import io.evalstream.pipeline.Prediction;
import io.evalstream.pipeline.Question;
import io.evalstream.pipeline.RunInfo;
import io.evalstream.worker.inference.QuestionInference;
import io.evalstream.worker.support.CevalFixture;
import io.evalstream.worker.support.TritonSimResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;

/** The three model shapes of DESIGN §4 against triton-sim over gRPC, with the oracle policy. */
@QuarkusTest
@WithTestResource(value = TritonSimResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class TritonContractTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final GenerationSettings GREEDY = GenerationSettings.newBuilder().setMaxNewTokens(100)
            .setTemperature(0).addStop("<|im_end|>").addStop("</s>").build();

    @Inject
    TritonReadiness readiness;
    @Inject
    QuestionInference inference;
    @Inject
    TritonInference triton;

    @Test
    void vllmModelIsDecoupledAndAnswersEachQuestionById() {
        ModelInterface model = describe("internlm2-chat-1_8b");
        assertEquals(ModelShape.VLLM, model.shape());
        assertTrue(model.decoupled());
        assertEquals(0, model.maxBatchSize());

        // college_economics val 5 and 54 have the same text but gold D and C: only the request id tells them apart
        List<Question> questions = Stream.concat(CevalFixture.val("computer_network", 0, 4, 10, 13).stream(),
                CevalFixture.val("college_economics", 5, 54).stream()).toList();
        List<Prediction> predictions = infer(model, questions);

        assertAnswersAreGold(questions, predictions);
        assertEquals(List.of("C", "D", "B", "A", "D", "C"), predictions.stream().map(Prediction::getOutput).toList());
        predictions.forEach(p -> assertTrue(p.hasOutputTokens() && p.getOutputTokens() > 0, p.toString()));
        predictions.forEach(p -> assertTrue(p.hasInputTokens() && p.getInputTokens() > 0, p.toString()));
    }

    @Test
    void trtllmEnsembleIsBatchedUnaryAndAnswersById() {
        ModelInterface model = describe("internlm2-chat-1_8b-trtllm");
        assertEquals(ModelShape.TRTLLM, model.shape());
        assertFalse(model.decoupled());
        assertEquals(64, model.maxBatchSize());

        List<Question> questions = Stream.concat(CevalFixture.val("high_school_physics", 0, 1, 2, 3).stream(),
                CevalFixture.val("college_economics", 5, 54).stream()).toList();
        assertAnswersAreGold(questions, infer(model, questions));
    }

    @Test
    void plainTextModelTakesSeveralPromptsPerRequest() {
        ModelInterface model = describe("text-batch");
        assertEquals(ModelShape.PLAIN, model.shape());
        assertEquals(32, model.maxBatchSize());
        assertEquals("PROMPT", model.textInput());
        assertEquals("COMPLETION", model.textOutput());

        List<Question> questions = Stream.concat(CevalFixture.val("high_school_physics", 0, 1, 2, 3, 4).stream(),
                CevalFixture.val("computer_network", 4, 13).stream()).toList();
        assertAnswersAreGold(questions, infer(model, questions));
    }

    @Test
    void unknownModelFailsReadinessWithNotFoundWithoutWaiting() {
        long start = System.nanoTime();
        Throwable failure = failureOf(readiness.awaitModel("no-such-model"));
        TritonCallException error = assertInstanceOf(TritonCallException.class, failure);
        assertEquals("NOT_FOUND", error.code());
        assertTrue(error.detail().contains("no-such-model"), error.detail());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(5)) < 0,
                "NOT_FOUND must not be retried");
    }

    @Test
    void permanentStatusesAreNotRetried() {
        ModelInterface vllm = describe("internlm2-chat-1_8b");
        ModelInterface unknown = new ModelInterface("no-such-model", ModelShape.VLLM, false, 0, vllm.inputs(),
                vllm.outputs(), "text_input", "text_output");
        ModelInterface unaryVllm = new ModelInterface(vllm.name(), ModelShape.VLLM, false, 0, vllm.inputs(),
                vllm.outputs(), "text_input", "text_output");
        for (Map.Entry<ModelInterface, String> call : Map.of(unknown, "NOT_FOUND", unaryVllm, "UNIMPLEMENTED")
                .entrySet()) {
            TritonRequest request = new TritonRequest(call.getKey(), "ceval/val/computer_network/0",
                    List.of("prompt"), GREEDY);
            Throwable failure = failureOf(triton.infer(request));
            assertEquals(call.getValue(), assertInstanceOf(TritonCallException.class, failure).code());
            assertEquals(1, request.attempts().get(), call.getValue() + " must not be retried");
        }
    }

    @Test
    void metricsAreExported() {
        infer(describe("internlm2-chat-1_8b"), CevalFixture.val("computer_network", 1));
        String metrics = RestAssured.get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.contains(
                "evalstream_worker_questions_inferred_total{model=\"internlm2-chat-1_8b\",outcome=\"OK\"}"), metrics);
        assertTrue(metrics.contains("evalstream_worker_triton_request_latency_seconds_bucket{"), metrics);
        assertTrue(metrics.contains("evalstream_worker_tokens_output_total{model=\"internlm2-chat-1_8b\"}"), metrics);
        assertTrue(metrics.contains("evalstream_worker_triton_requests_inflight"), metrics);
    }

    private static Throwable failureOf(Uni<?> call) {
        try {
            throw new AssertionError("expected a failure, got " + call.await().atMost(WAIT));
        } catch (RuntimeException expected) {
            return expected;
        }
    }

    private ModelInterface describe(String model) {
        return readiness.awaitModel(model).await().atMost(WAIT);
    }

    private List<Prediction> infer(ModelInterface model, List<Question> questions) {
        RunInfo run = RunInfo.newBuilder().setRunId("contract").setModel(model.name()).setGeneration(GREEDY).build();
        return inference.infer(run, model, questions).await().atMost(WAIT);
    }

    private static void assertAnswersAreGold(List<Question> questions, List<Prediction> predictions) {
        assertEquals(questions.stream().map(Question::getGold).toList(),
                predictions.stream().map(Prediction::getOutput).toList(), predictions.toString());
        for (int i = 0; i < questions.size(); i++) {
            Prediction prediction = predictions.get(i);
            assertEquals(questions.get(i), prediction.getQuestion());
            assertFalse(prediction.hasError(), prediction.toString());
            assertEquals("worker-under-test", prediction.getWorkerId());
            assertTrue(prediction.getLatencyMicros() > 0);
        }
    }
}
