package io.evalstream.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.grpc.Status;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(BrokenStreamTest.Profile.class)
class BrokenStreamTest {

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("triton-sim.faults.break-stream-rate", "1", "triton-sim.policy", "oracle:answer-en");
        }
    }

    private final Triton triton = new Triton();

    @AfterEach
    void close() throws InterruptedException {
        triton.close();
    }

    @Test
    void aBrokenStreamDeliversPartOfTheDeltasThenFailsUnavailable() throws Exception {
        Triton.Stream stream = triton.stream(false);
        stream.send(Triton.vllm("ceval/val/college_economics/54", "q", "{\"max_tokens\":100}", true, true));
        StringBuilder received = new StringBuilder();
        Status status = stream.status.get(10, TimeUnit.SECONDS);
        stream.responses.forEach(r -> received.append(Triton.text(r.getInferResponse())));
        assertEquals(Status.Code.UNAVAILABLE, status.getCode());
        // "The answer is C" has 15 deltas; the stream breaks after the first half
        assertEquals("The ans", received.toString());
    }
}
