package io.evalstream.worker.flow;

import static io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion.record;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.evalstream.pipeline.GenerationSettings;
import io.evalstream.pipeline.Prediction;
import io.evalstream.pipeline.PredictionBatch;
import io.evalstream.pipeline.Question;
import io.evalstream.pipeline.QuestionBatch;
import io.evalstream.pipeline.RunControl;
import io.evalstream.pipeline.RunEvent;
import io.evalstream.pipeline.RunInfo;
import io.evalstream.worker.support.CevalFixture;
import io.evalstream.worker.support.TestKafka;
import io.evalstream.worker.support.TritonSimResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import jakarta.inject.Inject;

/** QuestionBatch records in, PredictionBatch / RunEvent / dead-letter records out, over the real broker. */
@QuarkusTest
@WithTestResource(value = TritonSimResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class QuestionFlowTest {

    private static final String PREFIX = "test-worker.";
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    RunControls controls;

    @Test
    void predictionsOfABatchArePublishedUnderTheRunId() throws Exception {
        String runId = UUID.randomUUID().toString();
        List<Question> questions = CevalFixture.val("computer_network", 0, 4, 10, 13, 15);
        RecordMetadata sent = publish(batch(runId, "internlm2-chat-1_8b", questions));

        PredictionBatch predictions = PredictionBatch.parseFrom(single(PREFIX + "predictions", runId).value());
        assertEquals(runId, predictions.getRun().getRunId());
        assertEquals(runId + "/0", predictions.getBatchId());
        assertEquals(questions, predictions.getPredictionsList().stream().map(Prediction::getQuestion).toList());
        assertEquals(List.of("C", "D", "B", "A", "C"),
                predictions.getPredictionsList().stream().map(Prediction::getOutput).toList());
        for (Prediction prediction : predictions.getPredictionsList()) {
            assertEquals("worker-under-test", prediction.getWorkerId());
            assertFalse(prediction.hasError());
        }
        // the batch's offset is committed once its predictions are acknowledged (throttled, every 5 s)
        TopicPartition partition = new TopicPartition(sent.topic(), sent.partition());
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(
                () -> committed(partition) > sent.offset());
    }

    @Test
    void unknownModelFailsTheRunWithTritonsStatus() throws Exception {
        String runId = UUID.randomUUID().toString();
        publish(batch(runId, "no-such-model", CevalFixture.val("computer_network", 0)));

        RunEvent event = RunEvent.parseFrom(single(PREFIX + "run-events", runId).value());
        assertEquals(RunEvent.Type.FAILED, event.getType());
        assertEquals(runId, event.getRunId());
        assertTrue(event.getMessage().startsWith("model 'no-such-model' is not available on Triton 127.0.0.1:"),
                event.getMessage());
        assertTrue(event.getMessage().contains("NOT_FOUND"), event.getMessage());
        assertEquals("inference-worker/worker-under-test", event.getSource());

        // later batches of the failed run are skipped: no second event, no predictions
        publish(batch(runId, "no-such-model", CevalFixture.val("computer_network", 1)).toBuilder()
                .setBatchId(runId + "/1").build());
        String marker = UUID.randomUUID().toString();
        publish(batch(marker, "internlm2-chat-1_8b", CevalFixture.val("computer_network", 2)));
        single(PREFIX + "predictions", marker);
        ConsumerTask<String, byte[]> events = records(PREFIX + "run-events", runId);
        ConsumerTask<String, byte[]> predictions = records(PREFIX + "predictions", runId);
        Awaitility.await().during(Duration.ofSeconds(3)).atMost(WAIT)
                .until(() -> events.count() == 1 && predictions.count() == 0);
        events.stop();
        predictions.stop();
    }

    @Test
    void batchesOfACancelledRunAreSkippedUntilItIsResumed() throws Exception {
        String runId = UUID.randomUUID().toString();
        control(runId, RunControl.State.CANCELLED);
        Awaitility.await().atMost(WAIT).until(() -> controls.cancelled(runId));

        RecordMetadata skipped = publish(batch(runId, "internlm2-chat-1_8b", CevalFixture.val("computer_network", 5)));
        String marker = UUID.randomUUID().toString();
        publish(batch(marker, "internlm2-chat-1_8b", CevalFixture.val("computer_network", 6)));
        single(PREFIX + "predictions", marker);
        ConsumerTask<String, byte[]> skippedPredictions = records(PREFIX + "predictions", runId);
        Awaitility.await().during(Duration.ofSeconds(2)).atMost(WAIT).until(() -> skippedPredictions.count() == 0);
        skippedPredictions.stop();
        TopicPartition partition = new TopicPartition(skipped.topic(), skipped.partition());
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(
                () -> committed(partition) > skipped.offset());

        control(runId, RunControl.State.ACTIVE);
        Awaitility.await().atMost(WAIT).until(() -> !controls.cancelled(runId));
        publish(batch(runId, "internlm2-chat-1_8b", CevalFixture.val("computer_network", 7)).toBuilder()
                .setBatchId(runId + "/1").build());
        PredictionBatch resumed = PredictionBatch.parseFrom(single(PREFIX + "predictions", runId).value());
        assertEquals(runId + "/1", resumed.getBatchId());
    }

    @Test
    void aResumedRunsModelIsCheckedAgain() throws Exception {
        String runId = UUID.randomUUID().toString();
        publish(batch(runId, "no-such-model", CevalFixture.val("computer_network", 8)));
        single(PREFIX + "run-events", runId);

        control(runId, RunControl.State.ACTIVE);
        publish(batch(runId, "no-such-model", CevalFixture.val("computer_network", 9)).toBuilder()
                .setBatchId(runId + "/1").build());
        List<ConsumerRecord<String, byte[]>> events = records(PREFIX + "run-events", runId).awaitRecords(2, WAIT)
                .stop().getRecords();
        assertEquals(2, events.size(), "a second readiness check reports the run FAILED again");
        assertEquals(RunEvent.Type.FAILED, RunEvent.parseFrom(events.get(1).value()).getType());
    }

    @Test
    void malformedRecordIsDeadLetteredAndTheChannelKeepsWorking() throws Exception {
        String key = UUID.randomUUID().toString();
        byte[] garbage = ("not a protobuf " + key).getBytes(StandardCharsets.UTF_8);
        send(PREFIX + "questions", key, garbage);

        ConsumerRecord<String, byte[]> dead = single(PREFIX + "questions.dlq", key);
        assertArrayEquals(garbage, dead.value());
        assertTrue(new String(dead.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8)
                .contains("QuestionBatch"));

        String runId = UUID.randomUUID().toString();
        publish(batch(runId, "internlm2-chat-1_8b", CevalFixture.val("computer_network", 3)));
        PredictionBatch after = PredictionBatch.parseFrom(single(PREFIX + "predictions", runId).value());
        assertEquals("C", after.getPredictions(0).getOutput());
    }

    private static ConsumerRecord<String, byte[]> single(String topic, String key) {
        return records(topic, key).awaitRecords(1, WAIT).stop().getRecords().getFirst();
    }

    /** The topic's records with the key, from the beginning. */
    private static ConsumerTask<String, byte[]> records(String topic, String key) {
        return TestKafka.COMPANION.consume(String.class, byte[].class)
                .fromTopics(topic, records -> records.filter(r -> key.equals(r.key())));
    }

    private static RecordMetadata send(String topic, String key, byte[] value) {
        return TestKafka.COMPANION.produce(String.class, byte[].class).fromRecords(record(topic, key, value))
                .awaitCompletion().getLastRecord();
    }

    /** The offset the worker's consumer group committed on the partition, -1 if none. */
    private static long committed(TopicPartition partition) {
        OffsetAndMetadata offset = TestKafka.COMPANION.consumerGroups().offsets("evalstream-inference-worker",
                partition);
        return offset == null ? -1 : offset.offset();
    }

    private static void control(String runId, RunControl.State state) {
        send(PREFIX + "run-control", runId,
                RunControl.newBuilder().setRunId(runId).setState(state).build().toByteArray());
    }

    private static RecordMetadata publish(QuestionBatch batch) {
        return send(PREFIX + "questions", batch.getRun().getRunId(), batch.toByteArray());
    }

    private static QuestionBatch batch(String runId, String model, List<Question> questions) {
        RunInfo run = RunInfo.newBuilder().setRunId(runId).setBenchmark("ceval").setSplit("val").setModel(model)
                .setModelAbbr(model).setTemplate("none").setExpectedQuestions(questions.size())
                .setGeneration(GenerationSettings.newBuilder().setMaxNewTokens(100).setTemperature(0)).build();
        return QuestionBatch.newBuilder().setRun(run).setBatchId(runId + "/0").addAllQuestions(questions).build();
    }
}
