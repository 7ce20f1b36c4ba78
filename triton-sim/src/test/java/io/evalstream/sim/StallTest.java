package io.evalstream.sim;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(StallTest.Profile.class)
class StallTest {

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("triton-sim.faults.stall-rate", "1", "triton-sim.capacity.slots", "1");
        }
    }

    private final Triton triton = new Triton();

    @AfterEach
    void close() throws InterruptedException {
        triton.close();
    }

    @Test
    void deadlinesAndCancellationReleaseTheSlotOfAStalledRequest() throws Exception {
        triton.blocking().serverLive(io.evalstream.triton.proto.ServerLiveRequest.getDefaultInstance());
        for (int i = 0; i < 2; i++) {
            StatusRuntimeException e = assertThrows(StatusRuntimeException.class, () -> triton.blocking()
                    .withDeadlineAfter(1000, TimeUnit.MILLISECONDS)
                    .modelInfer(Triton.request(Triton.TEXT_BATCH, "stall").addInputs(Triton.input("PROMPT", "BYTES", 1, 1))
                            .addRawInputContents(Triton.strings("q")).build()));
            assertEquals(Status.Code.DEADLINE_EXCEEDED, e.getStatus().getCode());
        }
        Triton.Stream stream = triton.stream(false);
        stream.send(Triton.vllm("stall", "q", null, true, false));
        Thread.sleep(100);
        stream.requests.onError(Status.CANCELLED.asRuntimeException());
        org.awaitility.Awaitility.await().atMost(5, TimeUnit.SECONDS).untilAsserted(() -> {
            given().port(18002).get("/metrics").then()
                    .body(containsString("nv_inference_request_failure{model=\"text-batch\",version=\"1\",reason=\"CANCELED\"} 2"))
                    .body(containsString("nv_inference_request_failure{model=\"internlm2-chat-1_8b\",version=\"1\",reason=\"CANCELED\"} 1"))
                    .body(containsString("nv_gpu_utilization{gpu_uuid=\"GPU-triton-sim-0\"} 0.0"));
        });
    }
}
