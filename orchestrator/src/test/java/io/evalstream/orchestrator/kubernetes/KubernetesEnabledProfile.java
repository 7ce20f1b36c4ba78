package io.evalstream.orchestrator.kubernetes;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

public class KubernetesEnabledProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        // The tests call the run API as a local user would, without a token.
        return Map.of("evalstream.kubernetes.enabled", "true", "evalstream.api.token-required", "false",
                "evalstream.kafka.group-id", "test-orchestrator-kubernetes",
                "quarkus.log.category.\"io.fabric8.mockwebserver\".level", "WARN");
    }
}
