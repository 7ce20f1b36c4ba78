package io.evalstream.orchestrator.run.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.evalstream.orchestrator.run.api.RunApiTest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** When Kafka does not acknowledge the batches in time the run is stored FAILED with the reason. */
@QuarkusTest
@TestProfile(PublishTimeoutTest.ImpatientPublisher.class)
class PublishTimeoutTest {

    public static class ImpatientPublisher implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("evalstream.orchestrator.publish-timeout", "0.001s");
        }
    }

    @Test
    void unacknowledgedBatchesFailTheRunWithTheReason() {
        JsonPath run = RunApiTest.submit("{\"split\":\"test\"}");
        assertEquals("FAILED", run.getString("status"));
        assertTrue(run.getString("reason").contains("did not acknowledge"), run.getString("reason"));
        JsonPath stored = RunApiTest.get(run.getString("id"));
        assertEquals("FAILED", stored.getString("status"));
        assertEquals(run.getString("reason"), stored.getString("reason"));
        assertEquals(12342, stored.getInt("total"));
    }
}
