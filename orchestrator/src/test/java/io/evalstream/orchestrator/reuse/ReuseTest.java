package io.evalstream.orchestrator.reuse;

import io.evalstream.orchestrator.run.TestKafka;
import io.evalstream.orchestrator.run.plan.GenerationValidator;

import static io.evalstream.orchestrator.run.control.CancelResumeTest.questions;
import static io.evalstream.orchestrator.run.api.RunApiTest.batches;
import static io.evalstream.orchestrator.run.api.RunApiTest.submit;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.evalstream.pipeline.Prediction;
import io.evalstream.pipeline.PredictionBatch;
import io.evalstream.pipeline.Question;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** A run that opts in to reuse publishes stored predictions for matching prompts and questions for the rest. */
@QuarkusTest
class ReuseTest {

    private static final String PREDICTIONS = "test-orchestrator.predictions";

    @Test
    void storedPredictionsAreSentToTheScorerAndOnlyTheOtherQuestionsToTheWorkers() throws Exception {
        String model = "reuse-" + UUID.randomUUID();
        List<Question> all = questions(batches(submit(body(model, false)).getString("id")));
        assertNull(TestReuseScorer.asked(model), "a run that does not opt in never asks the scorer");
        List<Question> stored = List.of(all.get(0), all.get(3), all.get(7));
        TestReuseScorer.offer(model, stored.stream()
                .map(q -> new StoredPrediction(q.getPromptHash(), "answer " + q.getGold(), "stop", 800, 2, "run-0"))
                .toList());

        JsonPath run = submit(body(model, true));
        String id = run.getString("id");
        assertEquals(19, run.getInt("total"));
        assertEquals(3, run.getInt("reused"));
        assertEquals("RUNNING", run.getString("status"));
        ReuseQuery asked = TestReuseScorer.asked(model);
        assertEquals(all.stream().map(Question::getPromptHash).distinct().toList(), asked.promptHashes());
        assertEquals(new GenerationValidator.Generation(100, 0.0, List.of("<|im_end|>", "</s>"), 0),
                asked.generation());

        assertEquals(all.stream().filter(q -> !stored.contains(q)).toList(), questions(batches(id)));
        List<Prediction> reused = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : TestKafka.read(PREDICTIONS, Map.of())) {
            if (record.key().equals(id)) {
                PredictionBatch batch = PredictionBatch.parseFrom(record.value());
                assertEquals(id, batch.getRun().getRunId());
                assertEquals(19, batch.getRun().getExpectedQuestions());
                reused.addAll(batch.getPredictionsList());
            }
        }
        assertEquals(stored, reused.stream().map(Prediction::getQuestion).toList());
        for (Prediction p : reused) {
            assertEquals("answer " + p.getQuestion().getGold(), p.getOutput());
            assertEquals("reused:run-0", p.getWorkerId());
            assertEquals(800, p.getInputTokens());
            assertEquals(2, p.getOutputTokens());
        }
    }

    @Test
    void anUnavailableScorerRefusesAReuseRunAndStoresNothing() {
        int before = given().get("/api/v1/runs").then().statusCode(200).extract().jsonPath().getList("").size();
        given().contentType(ContentType.JSON).body(body(TestReuseScorer.UNAVAILABLE_MODEL, true)).post("/api/v1/runs")
                .then().statusCode(503);
        assertEquals(before, given().get("/api/v1/runs").then().extract().jsonPath().getList("").size());
    }

    private static String body(String model, boolean reuse) {
        return "{\"subjects\":[\"computer_network\"],\"batchSize\":5,\"model\":\"" + model + "\",\"modelAbbr\":\"m\","
                + "\"reuse\":" + reuse + "}";
    }
}
