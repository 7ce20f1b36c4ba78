package io.evalstream.worker.support;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** triton-sim injecting UNAVAILABLE statuses, stalls and broken streams; short deadline, retry and breaker delays. */
public class FaultyTritonProfile implements QuarkusTestProfile {

    private static final String INFER = "quarkus.fault-tolerance.\"io.evalstream.worker.triton.TritonInference/infer\"";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "evalstream.triton.deadline", "2s",
                INFER + ".retry.delay", "20",
                // as in production, retries are bounded by time, not by count: a broken stream fails every request
                // on it, so a request can lose several attempts to faults drawn for others
                INFER + ".retry.max-retries", "-1",
                INFER + ".retry.max-duration", "60000",
                INFER + ".exponential-backoff.max-delay", "200",
                // the breaker opens on such bursts; its delay stays well within the retry budget, as in production
                // (5 s open, 180 s of retries)
                INFER + ".circuit-breaker.delay", "500");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(TritonSimResource.class, Map.of(
                "TRITON_SIM_FAULTS_UNAVAILABLE_RATE", "0.3",
                "TRITON_SIM_FAULTS_STALL_RATE", "0.05",
                "TRITON_SIM_FAULTS_BREAK_STREAM_RATE", "0.1",
                "TRITON_SIM_FAULTS_SEED", "7")));
    }

    @Override
    public boolean disableGlobalTestResources() {
        return true;
    }
}
