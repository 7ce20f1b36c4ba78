package io.evalstream.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.evalstream.triton.proto.ModelInferResponse;
import io.grpc.Status;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** Many requests on one ModelStreamInfer call: each answered as it completes, not in the order sent. */
@QuarkusTest
@TestProfile(MultiplexedStreamTest.Profile.class)
class MultiplexedStreamTest {

    /** With seed 0 the fault draws of computer_network val 0-3 are below 0.5 (they stall), those of 4-7 above. */
    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("triton-sim.faults.stall-rate", "0.5", "triton-sim.faults.seed", "0");
        }
    }

    private static final String SAMPLING = "{\"max_tokens\":100,\"temperature\":0,\"stop\":[\"<|im_end|>\"]}";

    private final Triton triton = new Triton();

    @AfterEach
    void close() throws InterruptedException {
        triton.close();
    }

    @Test
    void stalledRequestsDoNotHoldBackTheRequestsSentAfterThemOnTheSameStream() throws Exception {
        Triton.Stream stream = triton.stream(false);
        for (int i = 0; i < 8; i++) {
            stream.send(Triton.vllm("ceval/val/computer_network/" + i, "?", SAMPLING, true, false));
        }
        Map<String, String> answers = new HashMap<>();
        for (int i = 0; i < 4; i++) {
            ModelInferResponse r = stream.next().getInferResponse();
            answers.put(r.getId(), Triton.text(r));
        }
        assertEquals(Map.of("ceval/val/computer_network/4", "D", "ceval/val/computer_network/5", "D",
                "ceval/val/computer_network/6", "C", "ceval/val/computer_network/7", "D"), answers);
        assertEquals(List.of(), List.copyOf(stream.responses));
        stream.requests.onError(Status.CANCELLED.asRuntimeException());
    }
}
