package io.evalstream.scorer.rescore;

import static io.evalstream.scorer.ingest.TestRuns.batch;
import static io.evalstream.scorer.ingest.TestRuns.prediction;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.protobuf.InvalidProtocolBufferException;
import io.evalstream.pipeline.PredictionBatch;
import io.evalstream.pipeline.RunEvent;
import io.evalstream.pipeline.RunInfo;
import io.evalstream.scorer.ingest.KafkaTestClient;
import io.evalstream.scorer.ingest.TestRuns;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Stored raw outputs re-extracted with another postprocessor, without inference; the report follows. */
@QuarkusTest
class RescoreTest {

    @ConfigProperty(name = "evalstream.kafka.topic-prefix")
    String prefix;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void rescoringWithFirstOptionChangesPredictionsAndScoresAndIsIdempotent() throws Exception {
        RunInfo run = TestRuns.run("val", 4, "first_capital", List.of("law", "logic"));
        // The redelivery below carries first_capital again; the run keeps the postprocessor of its last rescore.
        // first_capital: T (wrong), C (right), A (right), I (wrong); first_option: B (right), C, D (wrong), "" (wrong).
        PredictionBatch outputs = batch(run, 0,
                prediction(run, "law", 0, "B", "The answer is B"),
                prediction(run, "law", 1, "C", "C"),
                prediction(run, "logic", 0, "A", "Answer: D"),
                prediction(run, "logic", 1, "D", "I think so"));
        publish(outputs);
        String id = run.getRunId();
        await().atMost(Duration.ofSeconds(60)).until(() -> given().get("/api/v1/runs/" + id + "/report")
                .then().extract().statusCode() == 200 && report(id).getBoolean("complete"));
        given().get("/api/v1/runs/" + id + "/results/ids").then().statusCode(200).body("", equalTo(List.of(
                "ceval/val/law/100", "ceval/val/law/101", "ceval/val/logic/100", "ceval/val/logic/101")));
        assertScores(id, 1, 1);

        JsonPath first = rescore(id, "first_option");
        assertEquals(4, first.getInt("rescored"));
        assertEquals(3, first.getInt("changed"));
        assertEquals(2, first.getInt("correct"));
        assertEquals(50.0, first.getDouble("accuracy"), 1e-9);
        assertScores(id, 2, 0);

        JsonPath again = rescore(id, "first_option");
        assertEquals(0, again.getInt("changed"));
        assertEquals(2, again.getInt("correct"));
        assertScores(id, 2, 0);

        publish(outputs);
        // Each stored batch emits PROGRESS then COMPLETED: four events once the redelivery is stored; each rescore
        // told the orchestrator its numbers.
        List<RunEvent> events = new KafkaTestClient(bootstrap).awaitRecords(prefix + "run-events", id,
                r -> r.size() >= 6, Duration.ofSeconds(60)).stream().map(RescoreTest::event).toList();
        assertEquals(4, events.stream().filter(e -> e.getType() != RunEvent.Type.RESCORED).count());
        List<RunEvent> rescored = events.stream().filter(e -> e.getType() == RunEvent.Type.RESCORED).toList();
        assertEquals(2, rescored.size());
        for (RunEvent event : rescored) {
            assertEquals(4, event.getScored());
            assertEquals(2, event.getCorrect());
            assertEquals(50.0, event.getAccuracy(), 1e-9);
        }
        assertScores(id, 2, 0);

        assertEquals(3, rescore(id, "first_capital").getInt("changed"));
        assertScores(id, 1, 1);
    }

    @Test
    void storedIdsLeaveOutQuestionsWhoseInferenceFailed() throws Exception {
        RunInfo run = TestRuns.run("val", 3, "first_capital", List.of("law"));
        publish(batch(run, 0, prediction(run, "law", 0, "B", "B"),
                TestRuns.failed(run, "law", 1, "C", "UNAVAILABLE", "triton is restarting")));
        await().atMost(Duration.ofSeconds(60)).until(() -> given().get("/api/v1/runs/" + run.getRunId()
                + "/results/ids").then().extract().statusCode() == 200);
        given().get("/api/v1/runs/" + run.getRunId() + "/results/ids").then().statusCode(200)
                .body("", equalTo(List.of("ceval/val/law/100")));
    }

    @Test
    void unknownOrMissingPostprocessorIsRejectedAndUnknownRunsAreNotFound() {
        given().contentType(ContentType.JSON).body("{\"postprocessor\":\"last_capital\"}")
                .post("/api/v1/runs/any-run/rescore").then().statusCode(400)
                .body("field", equalTo("postprocessor")).body("message", containsString("last_capital"));
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/runs/any-run/rescore").then().statusCode(400)
                .body("field", equalTo("postprocessor"));
        given().contentType(ContentType.JSON).body("{\"postprocessor\":\"first_option\"}")
                .post("/api/v1/runs/no-such-run/rescore").then().statusCode(404)
                .body("message", containsString("no-such-run"));
        given().get("/api/v1/runs/no-such-run/results/ids").then().statusCode(404)
                .body("message", containsString("no-such-run"));
    }

    private static void assertScores(String id, int lawCorrect, int logicCorrect) {
        JsonPath report = report(id);
        assertEquals(List.of(lawCorrect, logicCorrect), report.getList("subjects.correct", Integer.class));
        assertEquals(List.of(lawCorrect * 50.0, logicCorrect * 50.0),
                report.getList("subjects.accuracy", Double.class));
        assertEquals(List.of("ceval-humanities", "ceval"), report.getList("incompleteGroups.dataset", String.class));
        assertEquals((lawCorrect + logicCorrect) * 25.0, report.getDouble("weightedAverage"), 1e-9);
    }

    private static JsonPath report(String id) {
        return given().get("/api/v1/runs/" + id + "/report").then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath rescore(String id, String postprocessor) {
        return given().contentType(ContentType.JSON).body("{\"postprocessor\":\"" + postprocessor + "\"}")
                .post("/api/v1/runs/" + id + "/rescore").then().statusCode(200).extract().jsonPath();
    }

    private static RunEvent event(ConsumerRecord<String, byte[]> record) {
        try {
            return RunEvent.parseFrom(record.value());
        } catch (InvalidProtocolBufferException e) {
            throw new AssertionError(e);
        }
    }

    private void publish(PredictionBatch batch) throws Exception {
        new KafkaTestClient(bootstrap).publish(prefix + "predictions", batch.getRun().getRunId(), batch.toByteArray());
    }
}
