package io.evalstream.scorer.reuse;

import static io.evalstream.scorer.ingest.TestRuns.batch;
import static io.evalstream.scorer.ingest.TestRuns.prediction;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.evalstream.pipeline.GenerationSettings;
import io.evalstream.pipeline.PredictionBatch;
import io.evalstream.pipeline.ReuseCommand;
import io.evalstream.pipeline.RunInfo;
import io.evalstream.scorer.ingest.KafkaTestClient;
import io.evalstream.scorer.ingest.TestRuns;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Stored outputs found for a new run only when model, prompt and generation settings all match. */
@QuarkusTest
class ReuseTest {

    private static final GenerationSettings GREEDY = GenerationSettings.newBuilder().setMaxNewTokens(100)
            .setTemperature(0).addStop("<|im_end|>").build();
    private static final List<String> HASHES = List.of("hash-law-0", "hash-law-1", "hash-logic-0", "hash-none-9");

    @ConfigProperty(name = "evalstream.kafka.topic-prefix")
    String prefix;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void theNewestSuccessfulOutputOfTheSameModelPromptAndSettingsIsOffered() throws Exception {
        String model = "reuse-" + UUID.randomUUID();
        RunInfo older = run(model, GREEDY);
        store(batch(older, 0, prediction(older, "law", 0, "B", "A"),
                TestRuns.failed(older, "law", 1, "C", "UNAVAILABLE", "triton is restarting"),
                prediction(older, "logic", 0, "A", "The answer is C")));
        RunInfo newer = run(model, GREEDY);
        store(batch(newer, 0, prediction(newer, "law", 0, "B", "B")));
        store(batch(run(model, GREEDY.toBuilder().setMaxNewTokens(50).build()), 0,
                prediction(older, "law", 1, "C", "C")));

        JsonPath found = query(model, 100, List.of("<|im_end|>"), HASHES).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("hash-law-0", "hash-logic-0"), found.getList("promptHash"));
        assertEquals(List.of("B", "The answer is C"), found.getList("output"));
        assertEquals(List.of(newer.getRunId(), older.getRunId()), found.getList("runId"));
        assertEquals(List.of(812, 812), found.getList("inputTokens"));
        assertEquals(List.of(3, 3), found.getList("outputTokens"));
        assertEquals(List.of("stop", "stop"), found.getList("finishReason"));
    }

    @Test
    void anotherModelOrOtherGenerationSettingsFindNothing() throws Exception {
        String model = "reuse-" + UUID.randomUUID();
        RunInfo run = run(model, GREEDY);
        store(batch(run, 0, prediction(run, "law", 0, "B", "B")));

        query(model, 100, List.of("<|im_end|>"), HASHES).then().statusCode(200).body("promptHash",
                equalTo(List.of("hash-law-0")));
        query(model + "-other", 100, List.of("<|im_end|>"), HASHES).then().statusCode(200).body("", equalTo(List.of()));
        query(model, 99, List.of("<|im_end|>"), HASHES).then().statusCode(200).body("", equalTo(List.of()));
        query(model, 100, List.of("<|im_end|>", "</s>"), HASHES).then().statusCode(200).body("", equalTo(List.of()));
        query(model, 100, List.of(), HASHES).then().statusCode(200).body("", equalTo(List.of()));
    }

    @Test
    void aReuseCommandStoresTheHeldPredictionsAsTheNewRunsOwn() throws Exception {
        String model = "reuse-" + UUID.randomUUID();
        RunInfo older = run(model, GREEDY);
        store(batch(older, 0, prediction(older, "law", 0, "B", "The answer is B")));
        RunInfo newer = run(model, GREEDY);
        ReuseCommand command = ReuseCommand.newBuilder().setRun(newer).setBatchId(newer.getRunId() + "/reused-0")
                .addQuestions(prediction(newer, "law", 0, "B", "").getQuestion())
                .addQuestions(prediction(newer, "logic", 1, "C", "").getQuestion())
                .build();
        new KafkaTestClient(bootstrap).publish(prefix + "reuse", newer.getRunId(), command.toByteArray());

        String ids = "/api/v1/runs/" + newer.getRunId() + "/results/ids";
        await().atMost(Duration.ofSeconds(60)).until(() -> given().get(ids).then().extract().statusCode() == 200);
        given().get(ids).then().statusCode(200).body("", equalTo(List.of(
                command.getQuestions(0).getQuestionId())));
    }

    @Test
    void aQueryWithoutModelSettingsOrHashesIsRejectedWithTheFieldNamed() {
        post(Map.of("generation", generation(100, List.of()), "promptHashes", HASHES)).then().statusCode(400)
                .body("field", equalTo("model"));
        post(Map.of("model", "m", "promptHashes", HASHES)).then().statusCode(400).body("field", equalTo("generation"))
                .body("message", containsString("maxNewTokens"));
        post(Map.of("model", "m", "generation", generation(100, List.of()))).then().statusCode(400)
                .body("field", equalTo("promptHashes"));
    }

    private static RunInfo run(String model, GenerationSettings generation) {
        return TestRuns.run("val", 3, "first_capital", List.of("law", "logic")).toBuilder().setModel(model)
                .setGeneration(generation).build();
    }

    private void store(PredictionBatch batch) throws Exception {
        new KafkaTestClient(bootstrap).publish(prefix + "predictions", batch.getRun().getRunId(), batch.toByteArray());
        int expected = batch.getPredictionsCount();
        await().atMost(Duration.ofSeconds(60)).until(() -> given().get("/api/v1/runs/" + batch.getRun().getRunId()
                + "/report").then().extract().statusCode() == 200
                && given().get("/api/v1/runs/" + batch.getRun().getRunId() + "/report").then().extract().jsonPath()
                        .getInt("subjects.total.sum()") == expected);
    }

    private static io.restassured.response.Response query(String model, int maxNewTokens, List<String> stop,
            List<String> hashes) {
        return post(Map.of("model", model, "generation", generation(maxNewTokens, stop), "promptHashes", hashes));
    }

    private static Map<String, Object> generation(int maxNewTokens, List<String> stop) {
        return Map.of("maxNewTokens", maxNewTokens, "temperature", 0.0, "stop", stop, "seed", 0);
    }

    private static io.restassured.response.Response post(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/predictions/reusable");
    }
}
