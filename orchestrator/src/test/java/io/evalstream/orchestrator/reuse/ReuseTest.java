package io.evalstream.orchestrator.reuse;

import static io.evalstream.orchestrator.run.api.RunApiTest.batches;
import static io.evalstream.orchestrator.run.api.RunApiTest.submit;
import static io.evalstream.orchestrator.run.control.CancelResumeTest.questions;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.evalstream.orchestrator.run.TestKafka;
import io.evalstream.pipeline.Question;
import io.evalstream.pipeline.ReuseCommand;
import io.evalstream.pipeline.run.Generation;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * A run that opts in to reuse asks the scorer to answer the questions it holds predictions for, and sends only the rest
 * to the workers.
 */
@QuarkusTest
class ReuseTest {

    private static final String REUSE = "test-orchestrator.reuse";

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
        assertEquals(new Generation(100, 0.0, List.of("<|im_end|>", "</s>"), 0L),
                asked.generation());

        assertEquals(all.stream().filter(q -> !stored.contains(q)).toList(), questions(batches(id)));
        List<Question> reused = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : TestKafka.read(REUSE, Map.of())) {
            if (record.key().equals(id)) {
                ReuseCommand command = ReuseCommand.parseFrom(record.value());
                assertEquals(id, command.getRun().getRunId());
                assertEquals(19, command.getRun().getExpectedQuestions());
                reused.addAll(command.getQuestionsList());
            }
        }
        assertEquals(stored, reused, "the scorer is asked to answer the questions it holds predictions for");
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
