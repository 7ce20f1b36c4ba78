package io.evalstream.orchestrator.run.state;

import static io.evalstream.orchestrator.run.api.RunApiTest.get;
import static io.evalstream.orchestrator.run.api.RunApiTest.submit;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.evalstream.orchestrator.run.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Records the workers and the scorer dead-lettered show up in their run's status. */
@QuarkusTest
class DeadLetterTest {

    @Test
    void deadLettersAreCountedPerRunFromTheBatchIdOrRunIdKey() throws Exception {
        String id = submit("{\"subjects\":[\"computer_network\"]}").getString("id");
        String other = submit("{\"subjects\":[\"computer_network\"]}").getString("id");
        assertEquals(0, get(id).getInt("deadLetters"));
        byte[] junk = "junk".getBytes(StandardCharsets.UTF_8);
        TestKafka.send("test-orchestrator.questions.dlq", id + "/1", junk);
        TestKafka.send("test-orchestrator.predictions.dlq", id, junk);
        TestKafka.send("test-orchestrator.predictions.dlq", "not-a-run", junk);
        TestKafka.send("test-orchestrator.questions.dlq", other + "/0", junk);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .until(() -> get(id).getInt("deadLetters") == 2 && get(other).getInt("deadLetters") == 1);
    }
}
