package io.evalstream.cli.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StackSettingsTest {

    private final StackSettings defaults = StackSettings.defaults(Path.of("/opt/evalstream"));

    @Test
    void defaultsAreOneWorkerAndNoExtraSettings() {
        assertEquals(1, defaults.workerReplicas());
        assertEquals(Map.of(), defaults.simEnvironment());
        assertEquals(Map.of(), defaults.workerEnvironment());
    }

    @Test
    void extraSettingsKeepAStableOrderAndSurviveOtherChanges() {
        Map<String, String> sim = new LinkedHashMap<>();
        sim.put("TRITON_SIM_FAULTS_UNAVAILABLE_RATE", "0.1");
        sim.put("TRITON_SIM_CAPACITY_SLOTS", "256");
        StackSettings settings = defaults.withSimEnvironment(sim)
                .withWorkerEnvironment(Map.of("EVALSTREAM_WORKER_MAX_INFLIGHT", "512")).withWorkerReplicas(4)
                .withSimPolicy("oracle:0.5");
        assertEquals(List.of("TRITON_SIM_CAPACITY_SLOTS", "TRITON_SIM_FAULTS_UNAVAILABLE_RATE"),
                List.copyOf(settings.simEnvironment().keySet()));
        assertEquals("512", settings.workerEnvironment().get("EVALSTREAM_WORKER_MAX_INFLIGHT"));
        assertEquals(4, settings.workerReplicas());
        assertEquals("oracle:0.5", settings.simPolicy());
    }

    @Test
    void kafkaDefaultsToTheStandardBrokerAndCanMove() {
        assertEquals(9092, defaults.ports().kafka());
        assertEquals(9093, defaults.ports().kafkaController());
        assertEquals("127.0.0.1:9092", defaults.kafkaBootstrapServers());
        StackSettings.Ports moved = new StackSettings.Ports(1, 2, 3, 4, 5).withKafka(19092, 19093);
        assertEquals(new StackSettings.Ports(1, 2, 3, 4, 5, 19092, 19093), moved);
        StackSettings settings = new StackSettings(defaults.repoRoot(), defaults.stateDir(), defaults.cevalPath(), moved,
                "t.", "", false, "oracle", java.util.Optional.empty(), Map.of(), Map.of(), 1).withSimPolicy("random");
        assertEquals("127.0.0.1:19092", settings.kafkaBootstrapServers());
        assertEquals(moved, settings.withDropSchemas(true).ports());
        assertEquals(true, settings.withDropSchemas(true).dropSchemas());
    }

    @Test
    void atLeastOneWorker() {
        assertThrows(IllegalArgumentException.class, () -> defaults.withWorkerReplicas(0));
    }
}
