package io.evalstream.orchestrator.kubernetes;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

public class KubernetesEnabledProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("evalstream.kubernetes.enabled", "true",
                "evalstream.kafka.group-id", "test-orchestrator-kubernetes",
                "quarkus.log.category.\"io.fabric8.mockwebserver\".level", "WARN");
    }
}
