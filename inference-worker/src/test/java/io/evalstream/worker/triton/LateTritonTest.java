package io.evalstream.worker.triton;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.evalstream.worker.support.TritonSimResource;
import io.evalstream.worker.support.UnreachableTritonProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;

/** A Triton that is away when a run starts (restarting, say) is waited for, not reported unavailable at once. */
@QuarkusTest
@TestProfile(LateTritonTest.Profile.class)
class LateTritonTest {

    /** Nothing listens at the Triton address at first; the readiness wait is the default one. */
    public static class Profile extends UnreachableTritonProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new java.util.HashMap<>(super.getConfigOverrides());
            overrides.keySet().removeIf(key -> key.contains("TritonReadiness"));
            return overrides;
        }
    }

    @Inject
    TritonReadiness readiness;
    @Inject
    TritonConfig triton;

    @Test
    void readinessWaitsForTritonToComeBack() throws Exception {
        CompletableFuture<ModelInterface> ready = readiness.awaitModel("internlm2-chat-1_8b")
                .subscribeAsCompletionStage();
        await("still waiting for 15 s without Triton").during(Duration.ofSeconds(15)).atMost(Duration.ofSeconds(20))
                .until(() -> !ready.isDone());
        TritonSimResource sim = new TritonSimResource();
        sim.init(Map.of("TRITON_SIM_GRPC_PORT", String.valueOf(triton.port())));
        sim.start();
        try {
            assertNotNull(ready.get(60, TimeUnit.SECONDS));
        } finally {
            sim.stop();
        }
    }
}
