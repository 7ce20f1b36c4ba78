package io.evalstream.worker.flow;

import static io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.evalstream.pipeline.QuestionBatch;
import io.evalstream.pipeline.RunEvent;
import io.evalstream.pipeline.RunInfo;
import io.evalstream.worker.support.CevalFixture;
import io.evalstream.worker.support.TestKafka;
import io.evalstream.worker.support.UnreachableTritonProfile;
import io.evalstream.worker.triton.TritonConfig;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;

/** With nothing listening at the Triton address, a run fails after the bounded readiness wait. */
@QuarkusTest
@TestProfile(UnreachableTritonProfile.class)
class UnreachableTritonTest {

    @Inject
    TritonConfig triton;

    @Test
    void runFailsNamingTheModelAndTheAddress() throws Exception {
        String runId = UUID.randomUUID().toString();
        QuestionBatch batch = QuestionBatch.newBuilder()
                .setRun(RunInfo.newBuilder().setRunId(runId).setModel("internlm2-chat-1_8b").setExpectedQuestions(1))
                .setBatchId(runId + "/0").addAllQuestions(CevalFixture.val("computer_network", 0)).build();
        TestKafka.COMPANION.produce(String.class, byte[].class)
                .fromRecords(record("test-worker.questions", runId, batch.toByteArray())).awaitCompletion();

        List<ConsumerRecord<String, byte[]>> events = TestKafka.COMPANION.consume(String.class, byte[].class)
                .fromTopics("test-worker.run-events", records -> records.filter(r -> runId.equals(r.key())))
                .awaitRecords(1, Duration.ofSeconds(60)).stop().getRecords();
        RunEvent event = RunEvent.parseFrom(events.get(0).value());
        assertEquals(RunEvent.Type.FAILED, event.getType());
        assertTrue(event.getMessage().startsWith("model 'internlm2-chat-1_8b' is not available on Triton 127.0.0.1:"
                + triton.port() + ": UNAVAILABLE"), event.getMessage());
    }
}
