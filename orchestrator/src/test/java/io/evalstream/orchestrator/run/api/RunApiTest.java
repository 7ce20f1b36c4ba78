package io.evalstream.orchestrator.run.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.evalstream.orchestrator.run.TestKafka;
import io.evalstream.pipeline.Question;
import io.evalstream.pipeline.QuestionBatch;
import io.evalstream.pipeline.RunEvent;
import io.evalstream.pipeline.RunInfo;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

@QuarkusTest
public class RunApiTest {

    public static final String QUESTIONS = "test-orchestrator.questions";
    public static final String EVENTS = "test-orchestrator.run-events";
    public static final String EVENTS_DLQ = "test-orchestrator.run-events.dlq";

    @Test
    void fullValRunPublishesEveryQuestionOnceInSubjectOrderAndSucceedsOnCompleted() throws Exception {
        double publishedBefore = publishedQuestions("internlm2-chat-1_8b");
        JsonPath run = submit("{\"benchmark\":\"ceval\",\"split\":\"val\"}");
        String id = run.getString("id");
        assertEquals("RUNNING", run.getString("status"));
        assertEquals(1346, run.getInt("total"));
        assertEquals("internlm2-chat-1_8b", run.getString("model"));
        assertEquals("internlm2-chat-1_8b", run.getString("modelAbbr"));
        assertEquals("internlm2-chat", run.getString("template"));
        List<String> mapping = mappingOrder();
        assertEquals(mapping, run.getList("subjects", String.class));
        assertTrue(run.getString("promptVersion").matches("[0-9a-f]{6}"));

        List<QuestionBatch> batches = batches(id);
        assertEquals(22, batches.size(), "1346 questions in batches of 64");
        for (int i = 0; i < batches.size(); i++) {
            assertEquals(id + "/" + i, batches.get(i).getBatchId());
            assertEquals(i < 21 ? 64 : 2, batches.get(i).getQuestionsCount(), "batch " + i);
            assertRunInfo(batches.get(i).getRun(), id, run.getString("promptVersion"), mapping);
        }
        List<Question> questions = batches.stream().flatMap(b -> b.getQuestionsList().stream()).toList();
        assertEquals(1346, questions.stream().map(Question::getQuestionId).distinct().count());
        assertEquals(mapping, new ArrayList<>(new LinkedHashSet<>(questions.stream().map(Question::getSubject).toList())));
        Question first = questions.getFirst();
        assertEquals("ceval/val/computer_network/0", first.getQuestionId());
        assertEquals(0, first.getIndex());
        assertTrue(first.getGold().matches("[ABCD]"));
        assertEquals(sha256(first.getPrompt()), first.getPromptHash());
        assertTrue(first.getPrompt().startsWith("<|im_start|>user\n以下是中国关于计算机网络考试的单项选择题"));
        Question last = questions.getLast();
        assertEquals("physician", last.getSubject());
        assertEquals(last.getIndex(), questions.stream().filter(q -> q.getSubject().equals("physician")).count() - 1);

        send(event(id, RunEvent.Type.PROGRESS, 100, 60, 60.0, ""));
        send(event(id, RunEvent.Type.COMPLETED, 1346, 640, 46.19, "done"));
        awaitStatus(id, "SUCCEEDED");
        JsonPath done = get(id);
        assertEquals(46.19, done.getDouble("accuracy"), 1e-9);
        assertEquals(1346, done.getInt("done"));
        assertEquals(640, done.getInt("correct"));

        send(event(id, RunEvent.Type.FAILED, 1346, 640, 0, "late failure"));
        send(event(id, RunEvent.Type.COMPLETED, 1346, 640, 46.19, "done"));
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .until(() -> "SUCCEEDED".equals(get(id).getString("status")));

        assertEquals(1346, publishedQuestions("internlm2-chat-1_8b") - publishedBefore, 1e-9);
    }

    /** The published-questions counter of a model; its only tag is the model (no tag per run). */
    private static double publishedQuestions(String model) {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        List<String> counters = metrics.lines().filter(l -> l.startsWith("evalstream_questions_published_total{"))
                .toList();
        counters.forEach(l -> assertFalse(l.contains("run="), "no run id tag: " + l));
        return counters.stream().filter(l -> l.contains("model=\"" + model + "\""))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    @Test
    void aRescoreOfAnEndedRunReplacesItsNumbersAndKeepsItsOutcome() throws Exception {
        String id = submit("{\"subjects\":[\"computer_network\"]}").getString("id");
        send(event(id, RunEvent.Type.COMPLETED, 19, 10, 52.63, "done"));
        awaitStatus(id, "SUCCEEDED");

        send(event(id, RunEvent.Type.RESCORED, 19, 12, 63.16, "rescored with first_option"));
        await().atMost(Duration.ofSeconds(30)).until(() -> get(id).getInt("correct") == 12);
        JsonPath rescored = get(id);
        assertEquals(63.16, rescored.getDouble("accuracy"), 1e-9);
        assertEquals("SUCCEEDED", rescored.getString("status"));
        assertEquals(19, rescored.getInt("done"));
    }

    @Test
    void progressNeverMovesBackwardsAndFailedKeepsTheReason() throws Exception {
        JsonPath run = submit("{\"subjects\":[\"computer_network\"],\"template\":\"none\",\"batchSize\":5,"
                + "\"model\":\"m1\",\"modelAbbr\":\"M-1\",\"generation\":{\"maxNewTokens\":7,\"temperature\":0.5,"
                + "\"seed\":42},\"postprocessor\":\"first_option\"}");
        String id = run.getString("id");
        List<QuestionBatch> batches = batches(id);
        assertEquals(List.of(5, 5, 5, 4), batches.stream().map(QuestionBatch::getQuestionsCount).toList());
        RunInfo info = batches.getFirst().getRun();
        assertEquals("M-1", info.getModelAbbr());
        assertEquals(List.of(), info.getGeneration().getStopList());
        assertEquals(7, info.getGeneration().getMaxNewTokens());
        assertEquals(0.5, info.getGeneration().getTemperature());
        assertEquals(42, info.getGeneration().getSeed());
        assertEquals("first_option", info.getPostprocessor());
        assertEquals(19, info.getExpectedQuestions());

        send(event(id, RunEvent.Type.PROGRESS, 10, 7, 70.0, ""));
        await().atMost(Duration.ofSeconds(30)).until(() -> get(id).getInt("done") == 10);
        assertEquals(70.0, get(id).getDouble("accuracy"), 1e-9);
        send(event(id, RunEvent.Type.PROGRESS, 5, 3, 60.0, ""));
        send(event(id, RunEvent.Type.FAILED, 10, 7, 0, "Triton: model 'm1' NOT_FOUND"));
        awaitStatus(id, "FAILED");
        JsonPath failed = get(id);
        assertEquals("Triton: model 'm1' NOT_FOUND", failed.getString("reason"));
        assertEquals(10, failed.getInt("done"));
        assertEquals(7, failed.getInt("correct"));
        assertEquals(70.0, failed.getDouble("accuracy"), 1e-9);
        assertTrue(failed.getString("finishedAt") != null);
    }

    @Test
    void unreadableEventGoesToTheDeadLetterTopicAndTheChannelKeepsGoing() throws Exception {
        String id = submit("{\"subjects\":[\"physician\"],\"split\":\"test\"}").getString("id");
        Map<TopicPartition, Long> dlqBefore = TestKafka.endOffsets(EVENTS_DLQ);
        TestKafka.send(EVENTS, id, "not a protobuf".getBytes(StandardCharsets.UTF_8));
        send(event(id, RunEvent.Type.COMPLETED, 443, 0, 0.0, ""));
        awaitStatus(id, "SUCCEEDED");
        await().atMost(Duration.ofSeconds(30)).until(() -> TestKafka.read(EVENTS_DLQ, dlqBefore).stream()
                .anyMatch(r -> new String(r.value(), StandardCharsets.UTF_8).equals("not a protobuf")));
        List<Question> questions = batches(id).stream().flatMap(b -> b.getQuestionsList().stream()).toList();
        assertEquals(443, questions.size());
        assertTrue(questions.stream().allMatch(q -> q.getGold().isEmpty()));
        assertEquals("ceval/test/physician/0", questions.getFirst().getQuestionId());
    }

    @Test
    void largestBatchesOfTheWholeTestSplitFitThroughKafka() throws Exception {
        String id = submit("{\"split\":\"test\",\"batchSize\":1024}").getString("id");
        List<QuestionBatch> batches = batches(id);
        assertEquals(13, batches.size());
        assertEquals(12342, batches.stream().mapToInt(QuestionBatch::getQuestionsCount).sum());
        assertEquals(1024, batches.getFirst().getQuestionsCount());
        assertEquals(12342 - 12 * 1024, batches.getLast().getQuestionsCount());
    }

    @Test
    void unknownRunIsNotFound() {
        given().get("/api/v1/runs/00000000-0000-0000-0000-000000000000").then().statusCode(404)
                .body("message", containsString("00000000-0000-0000-0000-000000000000"));
    }

    @Test
    void readinessIsUp() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    public static JsonPath submit(String body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/runs")
                .then().statusCode(202).extract().jsonPath();
    }

    public static JsonPath get(String id) {
        return given().get("/api/v1/runs/" + id).then().statusCode(200).extract().jsonPath();
    }

    public static void awaitStatus(String id, String status) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> status.equals(get(id).getString("status")));
    }

    public static void awaitDone(String id, int done) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> get(id).getInt("done") == done);
    }

    public static List<QuestionBatch> batches(String runId) throws Exception {
        List<QuestionBatch> batches = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : TestKafka.read(QUESTIONS, Map.of())) {
            if (record.key().startsWith(runId + "/")) {
                batches.add(QuestionBatch.parseFrom(record.value()));
            }
        }
        batches.sort(Comparator.comparingInt(b -> Integer.parseInt(b.getBatchId().substring(runId.length() + 1))));
        return batches;
    }

    public static void send(RunEvent event) throws Exception {
        TestKafka.send(EVENTS, event.getRunId(), event.toByteArray());
    }

    public static RunEvent event(String id, RunEvent.Type type, int scored, int correct, double accuracy, String message) {
        return RunEvent.newBuilder().setRunId(id).setType(type).setScored(scored).setCorrect(correct)
                .setAccuracy(accuracy).setMessage(message).setSource("test").build();
    }

    public static List<String> mappingOrder() throws Exception {
        Path mapping = Path.of(System.getProperty("evalstream.ceval.path"), "subject_mapping.json");
        List<String> keys = new ArrayList<>();
        new ObjectMapper().readTree(mapping.toFile()).fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    private static void assertRunInfo(RunInfo info, String id, String promptVersion, List<String> subjects) {
        assertEquals(id, info.getRunId());
        assertEquals("ceval", info.getBenchmark());
        assertEquals("ceval", info.getDatasetLabel());
        assertEquals("val", info.getSplit());
        assertEquals("internlm2-chat-1_8b", info.getModel());
        assertEquals("internlm2-chat-1_8b", info.getModelAbbr());
        assertEquals("internlm2-chat", info.getTemplate());
        assertEquals(promptVersion, info.getPromptVersion());
        assertEquals(1346, info.getExpectedQuestions());
        assertEquals(subjects, info.getSubjectsList());
        assertEquals("first_capital", info.getPostprocessor());
        assertEquals(100, info.getGeneration().getMaxNewTokens());
        assertEquals(0.0, info.getGeneration().getTemperature());
        assertEquals(List.of("<|im_end|>", "</s>"), info.getGeneration().getStopList());
        assertEquals(0, info.getGeneration().getSeed());
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
