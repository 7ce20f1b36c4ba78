package io.evalstream.scorer.ingest;

import static io.evalstream.scorer.ingest.TestRuns.ABBR;
import static io.evalstream.scorer.ingest.TestRuns.VERSION;
import static io.evalstream.scorer.ingest.TestRuns.batch;
import static io.evalstream.scorer.ingest.TestRuns.failed;
import static io.evalstream.scorer.ingest.TestRuns.prediction;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.evalstream.pipeline.PredictionBatch;
import io.evalstream.pipeline.RunEvent;
import io.evalstream.pipeline.RunInfo;
import io.evalstream.scorer.result.QuestionResult;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Prediction batches through real Kafka into PostgreSQL, run events back out, and the report API on top. */
@QuarkusTest
class ScoringFlowTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @ConfigProperty(name = "evalstream.kafka.topic-prefix")
    String prefix;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;
    @Inject
    MeterRegistry registry;

    @Test
    void valRunCountsEachQuestionOnceAndReportsLikeOpenCompass() throws Exception {
        RunInfo run = TestRuns.run("val", 7, "first_capital", List.of("computer_network", "marxism", "college_physics"));
        PredictionBatch first = batch(run, 0,
                prediction(run, "computer_network", 0, "A", "A"),
                prediction(run, "computer_network", 1, "B", "The answer is B"),
                prediction(run, "computer_network", 2, "C", "Ｃ"),
                prediction(run, "marxism", 0, "D", "B"));
        PredictionBatch second = batch(run, 1,
                prediction(run, "marxism", 0, "D", "D。解析：……"),
                prediction(run, "marxism", 1, "A", "A"),
                prediction(run, "college_physics", 0, "B", "C"),
                prediction(run, "college_physics", 1, "C", "").toBuilder().setInputTokens(2000).build());
        publish(first);
        publish(first);
        publish(second);

        List<RunEvent> events = awaitEvents(run, e -> e.stream().anyMatch(x -> x.getType() == RunEvent.Type.COMPLETED));
        List<String> described = events.stream().map(ScoringFlowTest::describe).toList();
        // One PROGRESS per poll: the three records may arrive in one to three polls.
        assertEquals(List.of("PROGRESS 7/7 correct 3 acc 42.857142857142854",
                "COMPLETED 7/7 correct 3 acc 44.444444444444436"), described.subList(described.size() - 2,
                described.size()));
        described.subList(0, described.size() - 2).forEach(e -> assertEquals("PROGRESS 4/7 correct 1 acc 25.0", e));
        assertEquals(7, inTransaction(() -> QuestionResult.countOfRun(run.getRunId())));
        QuestionResult overwritten = inTransaction(() -> QuestionResult.ofRun(run.getRunId()).stream()
                .filter(r -> r.questionId.equals("ceval/val/marxism/100")).findFirst().orElseThrow());
        assertEquals("D", overwritten.prediction);
        assertEquals("D。解析：……", overwritten.rawOutput);
        assertTrue(overwritten.correct);
        assertEquals(812, overwritten.inputTokens);
        assertEquals("worker-1", overwritten.workerId);

        JsonNode report = JSON.readTree(get(run, "report").asString());
        assertTrue(report.get("complete").asBoolean());
        assertEquals(ABBR, report.get("modelAbbr").asText());
        assertEquals(List.of("computer_network 1/3", "marxism 2/2", "college_physics 0/2"),
                stream(report.get("subjects")).map(s -> s.get("subject").asText() + " " + s.get("correct").asLong()
                        + "/" + s.get("total").asLong()).toList());
        assertEquals(100.0 / 3, report.get("subjects").get(0).get("accuracy").asDouble(), 1e-9);
        assertEquals(0, report.get("groups").size(), "a run of some subjects completes no group");
        assertEquals(List.of("ceval-stem", "ceval-social-science", "ceval-hard", "ceval"),
                stream(report.get("incompleteGroups")).map(g -> g.get("dataset").asText()).toList());
        assertEquals(300.0 / 7, report.get("weightedAverage").asDouble(), 1e-9);
        assertEquals(VERSION, report.get("promptVersion").asText());
        assertEquals(List.of("db9ce2", "cf874c", "963fa8"),
                stream(report.get("subjects")).map(s -> s.get("version").asText()).toList());
        assertEquals(1, report.get("warnings").size());
        assertTrue(report.get("warnings").get(0).asText().startsWith(
                "ceval-college_physics #1: prompt is 2000 tokens, over 1948"), report.get("warnings").toString());

        String csv = String.join("\n",
                "dataset,version,metric,mode," + ABBR,
                "ceval-computer_network,db9ce2,accuracy,gen,33.33",
                "ceval-marxism,cf874c,accuracy,gen,100.00",
                "ceval-college_physics,963fa8,accuracy,gen,0.00") + "\n";
        assertEquals(csv, get(run, "report.csv").asString());

        String text = given().queryParam("timestamp", "20260101_120000")
                .get("/api/v1/runs/" + run.getRunId() + "/report.txt").then().statusCode(200).extract().asString();
        assertTrue(text.startsWith("20260101_120000\ntabulate format\n" + "^".repeat(128) + "\n"), text);
        assertTrue(text.contains("ceval-marxism           cf874c     accuracy  gen                    100\n"),
                text);
        assertTrue(text.contains("ceval-hard: {'error': \"missing metrics: ['ceval-advanced_mathematics', "), text);
        assertTrue(text.contains("csv format\n" + "^".repeat(128) + "\n" + csv + "$".repeat(128)), text);
        assertTrue(text.contains("ceval-computer_network: {'accuracy': 33.33333333333333}"), text);

        Map<String, String> zip = unzip(given().queryParam("timestamp", "20260101_120000")
                .get("/api/v1/runs/" + run.getRunId() + "/outputs.zip").then().statusCode(200).extract().asByteArray());
        List<String> expectedEntries = new ArrayList<>(List.of("summary/summary_20260101_120000.csv",
                "summary/summary_20260101_120000.txt"));
        for (String subject : run.getSubjectsList()) {
            expectedEntries.add("predictions/" + ABBR + "/ceval-" + subject + ".json");
            expectedEntries.add("results/" + ABBR + "/ceval-" + subject + ".json");
        }
        assertEquals(expectedEntries.stream().sorted().toList(), zip.keySet().stream().sorted().toList());
        assertEquals(csv, zip.get("summary/summary_20260101_120000.csv"));
        assertEquals("{\n    \"accuracy\": 33.33333333333333\n}", zip.get("results/" + ABBR + "/ceval-computer_network.json"));
        assertEquals("{\n    \"accuracy\": 100.0\n}", zip.get("results/" + ABBR + "/ceval-marxism.json"));
        String predictions = zip.get("predictions/" + ABBR + "/ceval-computer_network.json");
        assertTrue(predictions.startsWith("{\n    \"0\": {\n        \"origin_prompt\": \"<|im_start|>user\\n以下是中国关于"),
                predictions);
        JsonNode byIndex = JSON.readTree(predictions);
        assertEquals(List.of("0", "1", "2"), fieldNames(byIndex));
        assertEquals(List.of("origin_prompt", "prediction", "gold"), fieldNames(byIndex.get("1")));
        assertEquals(TestRuns.prompt(run, "computer_network", 1), byIndex.get("1").get("origin_prompt").asText());
        assertEquals("The answer is B", byIndex.get("1").get("prediction").asText());
        assertEquals("B", byIndex.get("1").get("gold").asText());

        publish(second);
        List<RunEvent> again = awaitEvents(run, e -> e.stream().filter(x -> x.getType() == RunEvent.Type.COMPLETED)
                .count() == 2);
        assertEquals(describe(events.getLast()), describe(again.getLast()), "a redelivery re-announces the same result");
        assertEquals(7, inTransaction(() -> QuestionResult.countOfRun(run.getRunId())));
    }

    @Test
    void allFiftyTwoSubjectsGiveFiftyTwoSubjectRowsThenSixGroupRows() throws Exception {
        List<String> subjects = io.evalstream.benchmark.ceval.CevalSubjects.official().stream()
                .map(io.evalstream.benchmark.ceval.CevalSubject::key).toList();
        RunInfo run = TestRuns.run("val", subjects.size(), "first_option", subjects);
        PredictionBatch.Builder all = batch(run, 0).toBuilder();
        subjects.forEach(s -> all.addPredictions(prediction(run, s, 0, "B", "答案是B")));
        publish(all.build());
        awaitEvents(run, e -> e.stream().anyMatch(x -> x.getType() == RunEvent.Type.COMPLETED));

        List<String> rows = get(run, "report.csv").asString().lines().toList();
        assertEquals(1 + 52 + 6, rows.size());
        List<String> datasets = new ArrayList<>(subjects.stream().map(s -> "ceval-" + s).toList());
        datasets.addAll(List.of("ceval-stem", "ceval-social-science", "ceval-humanities", "ceval-other", "ceval-hard",
                "ceval"));
        assertEquals(datasets, rows.subList(1, rows.size()).stream().map(r -> r.split(",")[0]).toList());
        rows.subList(1, rows.size()).forEach(r -> assertTrue(r.endsWith(",100.00"), r));
    }

    @Test
    void failedInferenceFailsTheRunNamingTheFirstFailure() throws Exception {
        RunInfo run = TestRuns.run("val", 3, "first_capital", List.of("logic", "law"));
        publish(batch(run, 0,
                prediction(run, "logic", 0, "A", "A"),
                failed(run, "law", 1, "B", "DEADLINE_EXCEEDED", "deadline exceeded after 60s"),
                failed(run, "logic", 1, "C", "UNAVAILABLE", "triton is restarting")));
        List<RunEvent> events = awaitEvents(run, e -> e.stream().anyMatch(x -> x.getType() == RunEvent.Type.FAILED));
        RunEvent failure = events.getLast();
        assertEquals(RunEvent.Type.FAILED, failure.getType());
        assertEquals("2 of 3 questions failed inference, first: UNAVAILABLE: triton is restarting", failure.getMessage());
        assertEquals(2, failure.getFailed());
        assertEquals(1, failure.getCorrect());
        assertEquals(2, events.getFirst().getFailed());
    }

    @Test
    void testSplitWithoutAnswersYieldsPredictionsAndSubmission() throws Exception {
        RunInfo run = TestRuns.run("test", 3, "first_capital", List.of("law", "logic"));
        publish(batch(run, 0,
                prediction(run, "law", 0, "", "B"),
                prediction(run, "law", 1, "", "The answer is C"),
                prediction(run, "logic", 0, "", "答案：Ｄ")));
        RunEvent completed = awaitEvents(run, e -> e.stream().anyMatch(x -> x.getType() == RunEvent.Type.COMPLETED))
                .getLast();
        assertEquals("predictions only", completed.getMessage());
        assertEquals(0.0, completed.getAccuracy());

        JsonNode report = JSON.readTree(get(run, "report").asString());
        assertTrue(report.get("complete").asBoolean());
        assertTrue(report.get("subjects").get(0).get("accuracy").isNull());
        assertEquals(2, report.get("subjects").get(0).get("total").asInt());
        assertEquals(0, report.get("groups").size());
        assertTrue(report.get("weightedAverage").isNull());

        Map<String, String> zip = unzip(given().queryParam("timestamp", "20260101_120000")
                .get("/api/v1/runs/" + run.getRunId() + "/outputs.zip").then().statusCode(200).extract().asByteArray());
        assertEquals(List.of("predictions/" + ABBR + "/ceval-law.json", "predictions/" + ABBR + "/ceval-logic.json",
                "submission.json"), zip.keySet().stream().sorted().toList());
        JsonNode submission = JSON.readTree(zip.get("submission.json"));
        assertEquals("{\"law\":{\"100\":\"B\",\"101\":\"T\"},\"logic\":{\"100\":\"Ｄ\"}}", submission.toString());
        JsonNode law = JSON.readTree(zip.get("predictions/" + ABBR + "/ceval-law.json"));
        assertEquals(List.of("origin_prompt", "prediction"), fieldNames(law.get("0")));
    }

    @Test
    void malformedAndUnscorableRecordsAreDeadLetteredAndTheChannelKeepsWorking() throws Exception {
        double deadLettered = deadLettered();
        String garbageKey = "garbage-" + java.util.UUID.randomUUID();
        client().publish(prefix + "predictions", garbageKey, "this is not a protobuf".getBytes(StandardCharsets.UTF_8));
        RunInfo unknown = TestRuns.run("val", 1, "last_capital", List.of("law"));
        publish(batch(unknown, 0, prediction(unknown, "law", 0, "A", "A")));
        RunInfo valid = TestRuns.run("val", 1, "first_capital", List.of("law"));
        publish(batch(valid, 0, prediction(valid, "law", 0, "A", "A")));

        assertEquals(RunEvent.Type.COMPLETED, awaitEvents(valid, e -> e.stream()
                .anyMatch(x -> x.getType() == RunEvent.Type.COMPLETED)).getLast().getType());
        assertTrue(deadLetterReason(garbageKey).contains("not a PredictionBatch"), deadLetterReason(garbageKey));
        assertTrue(deadLetterReason(unknown.getRunId()).contains("unknown postprocessor 'last_capital'"),
                deadLetterReason(unknown.getRunId()));
        given().get("/api/v1/runs/" + unknown.getRunId() + "/report").then().statusCode(404);
        assertTrue(deadLettered() >= deadLettered + 2, "both records counted as dead letters");
    }

    private double deadLettered() {
        return registry.find(PredictionConsumer.DEAD_LETTERS).counters().stream()
                .mapToDouble(Counter::count).sum();
    }

    @Test
    void errorsAreJsonMessages() throws Exception {
        given().get("/api/v1/runs/no-such-run/report").then().statusCode(404)
                .body("message", org.hamcrest.Matchers.containsString("no-such-run"));
        RunInfo run = TestRuns.run("val", 2, "first_capital", List.of("law"));
        publish(batch(run, 0, prediction(run, "law", 0, "A", "A")));
        awaitEvents(run, e -> !e.isEmpty());
        JsonNode partial = JSON.readTree(get(run, "report").asString());
        assertFalse(partial.get("complete").asBoolean());
        given().get("/api/v1/runs/" + run.getRunId() + "/outputs.zip").then().statusCode(409)
                .body("message", org.hamcrest.Matchers.containsString("1 of 2"));
        given().queryParam("timestamp", "yesterday").get("/api/v1/runs/" + run.getRunId() + "/report.txt").then()
                .statusCode(400).body("message", org.hamcrest.Matchers.containsString("YYYYmmdd_HHMMSS"));
        assertNull(inTransaction(() -> io.evalstream.scorer.result.ScoredRun.byId(run.getRunId()).orElseThrow()
                .completedAt));
    }

    private KafkaTestClient client() {
        return new KafkaTestClient(bootstrap);
    }

    private void publish(PredictionBatch batch) throws Exception {
        client().publish(prefix + "predictions", batch.getRun().getRunId(), batch.toByteArray());
    }

    private List<RunEvent> awaitEvents(RunInfo run, java.util.function.Predicate<List<RunEvent>> done) {
        List<ConsumerRecord<String, byte[]>> records = client().awaitRecords(prefix + "run-events", run.getRunId(),
                r -> done.test(parse(r)), TIMEOUT);
        List<RunEvent> events = parse(records);
        assertTrue(done.test(events), () -> "run events so far: " + events);
        return events;
    }

    private String deadLetterReason(String key) {
        List<ConsumerRecord<String, byte[]>> records = client().awaitRecords(prefix + "predictions.dlq", key,
                r -> !r.isEmpty(), TIMEOUT);
        assertFalse(records.isEmpty(), "nothing dead-lettered for " + key);
        return new String(records.getFirst().headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8);
    }

    private static List<RunEvent> parse(List<ConsumerRecord<String, byte[]>> records) {
        List<RunEvent> events = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                events.add(RunEvent.parseFrom(record.value()));
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }
        return events;
    }

    private static io.restassured.response.ExtractableResponse<io.restassured.response.Response> get(RunInfo run,
            String path) {
        return given().get("/api/v1/runs/" + run.getRunId() + "/" + path).then().statusCode(200).extract();
    }

    private static String describe(RunEvent e) {
        return e.getType() + " " + e.getScored() + "/" + e.getExpected() + " correct " + e.getCorrect() + " acc "
                + e.getAccuracy();
    }

    private static <T> T inTransaction(java.util.concurrent.Callable<T> work) {
        return QuarkusTransaction.requiringNew().call(work);
    }

    private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Map<String, String> unzip(byte[] bytes) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }
}
