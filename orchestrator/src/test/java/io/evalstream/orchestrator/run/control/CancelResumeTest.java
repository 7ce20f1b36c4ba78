package io.evalstream.orchestrator.run.control;

import static io.evalstream.orchestrator.run.api.RunApiTest.awaitStatus;
import static io.evalstream.orchestrator.run.api.RunApiTest.batches;
import static io.evalstream.orchestrator.run.api.RunApiTest.event;
import static io.evalstream.orchestrator.run.api.RunApiTest.get;
import static io.evalstream.orchestrator.run.api.RunApiTest.send;
import static io.evalstream.orchestrator.run.api.RunApiTest.submit;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.evalstream.orchestrator.run.TestKafka;
import io.evalstream.orchestrator.run.api.RunApiTest;
import io.evalstream.orchestrator.scorer.TestScorer;
import io.evalstream.pipeline.Question;
import io.evalstream.pipeline.QuestionBatch;
import io.evalstream.pipeline.RunControl;
import io.evalstream.pipeline.RunEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Cancelling ends a run for good unless resumed; resuming publishes only the questions without a result. */
@QuarkusTest
public class CancelResumeTest {

    private static final String CONTROL = "test-orchestrator.run-control";
    private static final String ONE_SUBJECT = "{\"subjects\":[\"computer_network\"],\"batchSize\":5}";

    @Test
    void cancelledRunIgnoresLaterEventsAndCannotBeCancelledTwice() throws Exception {
        String id = submit(ONE_SUBJECT).getString("id");
        JsonPath cancelled = given().delete("/api/v1/runs/" + id).then().statusCode(200).extract().jsonPath();
        assertEquals("CANCELLED", cancelled.getString("status"));
        assertEquals("cancelled", cancelled.getString("reason"));

        send(event(id, RunEvent.Type.PROGRESS, 10, 7, 70.0, ""));
        send(event(id, RunEvent.Type.COMPLETED, 19, 12, 63.0, "done"));
        String marker = submit(ONE_SUBJECT).getString("id");
        // Keyed like the cancelled run's events, so it is applied after them.
        TestKafka.send(RunApiTest.EVENTS, id, event(marker, RunEvent.Type.PROGRESS, 3, 1, 33.3, "").toByteArray());
        RunApiTest.awaitDone(marker, 3);
        JsonPath after = get(id);
        assertEquals("CANCELLED", after.getString("status"));
        assertEquals(0, after.getInt("done"));

        given().delete("/api/v1/runs/" + id).then().statusCode(409).body("message", containsString("CANCELLED"));
        given().delete("/api/v1/runs/00000000-0000-0000-0000-00000000000d").then().statusCode(404)
                .body("message", containsString("00000000-0000-0000-0000-00000000000d"));
    }

    @Test
    void resumePublishesOnlyTheQuestionsWithoutAResultWithTheSamePrompts() throws Exception {
        String id = submit(ONE_SUBJECT).getString("id");
        List<Question> original = questions(batches(id));
        assertEquals(19, original.size());
        send(event(id, RunEvent.Type.FAILED, 12, 8, 0, "worker lost"));
        awaitStatus(id, "FAILED");
        List<Question> stored = List.of(original.get(0), original.get(1), original.get(2), original.get(5),
                original.get(6), original.get(7), original.get(8), original.get(9), original.get(10), original.get(11),
                original.get(15), original.get(18));
        TestScorer.store(id, stored.stream().map(Question::getQuestionId).toList());

        JsonPath resumed = given().post("/api/v1/runs/" + id + "/resume").then().statusCode(202).extract().jsonPath();
        assertEquals("RUNNING", resumed.getString("status"));
        assertEquals(null, resumed.getString("reason"));
        assertEquals(null, resumed.getString("finishedAt"));

        List<QuestionBatch> all = batches(id);
        assertEquals(List.of(id + "/0", id + "/1", id + "/2", id + "/3", id + "/4", id + "/5"),
                all.stream().map(QuestionBatch::getBatchId).toList());
        List<Question> republished = questions(all.subList(4, 6));
        List<Question> expected = original.stream().filter(q -> !stored.contains(q)).toList();
        assertEquals(7, expected.size());
        assertEquals(expected, republished, "the missing questions, same ids, prompts and golds, in order");
        assertEquals(List.of(5, 2), all.subList(4, 6).stream().map(QuestionBatch::getQuestionsCount).toList());
        assertEquals(all.getFirst().getRun(), all.getLast().getRun());

        given().post("/api/v1/runs/" + id + "/resume").then().statusCode(409).body("message", containsString("RUNNING"));
        send(event(id, RunEvent.Type.COMPLETED, 19, 12, 63.0, "done"));
        awaitStatus(id, "SUCCEEDED");
        given().post("/api/v1/runs/" + id + "/resume").then().statusCode(409)
                .body("message", containsString("SUCCEEDED"));
    }

    @Test
    void resumingACancelledRunWithEveryResultStoredSendsTheLastQuestionSoTheOutcomeIsAnnouncedAgain()
            throws Exception {
        String id = submit(ONE_SUBJECT).getString("id");
        List<Question> original = questions(batches(id));
        given().delete("/api/v1/runs/" + id).then().statusCode(200);
        TestScorer.store(id, original.stream().map(Question::getQuestionId).toList());
        given().post("/api/v1/runs/" + id + "/resume").then().statusCode(202);
        List<QuestionBatch> all = batches(id);
        assertEquals(5, all.size());
        assertEquals(List.of(original.getLast()), all.getLast().getQuestionsList());
    }

    @Test
    void resumingARunTheScorerHasNotSeenPublishesEverything() throws Exception {
        String id = submit(ONE_SUBJECT).getString("id");
        List<Question> original = questions(batches(id));
        given().delete("/api/v1/runs/" + id).then().statusCode(200);
        given().post("/api/v1/runs/" + id + "/resume").then().statusCode(202);
        List<QuestionBatch> all = batches(id);
        assertEquals(8, all.size());
        assertEquals(original, questions(all.subList(4, 8)));
        given().post("/api/v1/runs/00000000-0000-0000-0000-00000000000e/resume").then().statusCode(404);
    }

    @Test
    void cancelAndResumeTellTheWorkersOnTheRunControlTopic() throws Exception {
        String id = submit(ONE_SUBJECT).getString("id");
        given().delete("/api/v1/runs/" + id).then().statusCode(200);
        given().post("/api/v1/runs/" + id + "/resume").then().statusCode(202);

        List<RunControl> controls = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : TestKafka.read(CONTROL, Map.of())) {
            if (record.key().equals(id)) {
                controls.add(RunControl.parseFrom(record.value()));
            }
        }
        assertEquals(List.of(RunControl.State.CANCELLED, RunControl.State.ACTIVE),
                controls.stream().map(RunControl::getState).toList());
        controls.forEach(control -> assertEquals(id, control.getRunId()));
    }

    public static List<Question> questions(List<QuestionBatch> batches) {
        return batches.stream().flatMap(b -> b.getQuestionsList().stream()).toList();
    }
}
