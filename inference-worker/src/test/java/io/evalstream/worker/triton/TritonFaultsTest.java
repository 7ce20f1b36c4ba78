package io.evalstream.worker.triton;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.evalstream.pipeline.GenerationSettings;
import io.evalstream.pipeline.Prediction;
import io.evalstream.pipeline.Question;
import io.evalstream.pipeline.RunInfo;
import io.evalstream.worker.inference.QuestionInference;
import io.evalstream.worker.support.CevalFixture;
import io.evalstream.worker.support.FaultyTritonProfile;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;

/**
 * Transient failures (UNAVAILABLE, stalls past the deadline, broken streams) are retried until every question is
 * answered. The sim decides faults per request id, so a retry only succeeds because its id carries a new
 * {@code #<attempt>} suffix.
 */
@QuarkusTest
@TestProfile(FaultyTritonProfile.class)
class TritonFaultsTest {

    @Inject
    TritonReadiness readiness;
    @Inject
    QuestionInference inference;
    @Inject
    MeterRegistry registry;

    @Test
    void streamedAndUnaryRequestsSurviveTransientFaults() {
        List<Question> questions = CevalFixture.val("high_school_physics",
                IntStream.range(0, 19).toArray());
        for (String model : List.of("internlm2-chat-1_8b", "internlm2-chat-1_8b-trtllm")) {
            List<Prediction> predictions = infer(model, questions);
            predictions.forEach(p -> assertFalse(p.hasError(), p.toString()));
            assertEquals(questions.stream().map(Question::getGold).toList(),
                    predictions.stream().map(Prediction::getOutput).toList());
            double retries = registry.find("evalstream.worker.triton.retries").tag("model", model).counters().stream()
                    .mapToDouble(Counter::count).sum();
            assertTrue(retries > 0, "faults injected for " + model + " but no retry counted");
        }
    }

    private List<Prediction> infer(String model, List<Question> questions) {
        ModelInterface described = readiness.awaitModel(model).await().atMost(Duration.ofSeconds(30));
        RunInfo run = RunInfo.newBuilder().setRunId("faults").setModel(model).setGeneration(GenerationSettings
                .newBuilder().setMaxNewTokens(100).setTemperature(0).addStop("<|im_end|>")).build();
        return inference.infer(run, described, questions).await().atMost(Duration.ofSeconds(90));
    }
}
