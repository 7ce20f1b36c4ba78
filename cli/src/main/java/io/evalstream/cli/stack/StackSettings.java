package io.evalstream.cli.stack;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Where and how the local stack runs: one JVM per service, a Kafka broker, PostgreSQL and triton-sim.
 *
 * @param repoRoot          the evalstream checkout (holds the packaged services and tools/)
 * @param stateDir          pid files, logs and local data of the stack
 * @param cevalPath         the C-Eval dataset (directory or ceval-exam.zip)
 * @param ports             HTTP and gRPC ports of the services
 * @param topicPrefix       prefix of the Kafka topics
 * @param schemaPrefix      prefix of the PostgreSQL schemas ("" gives orchestrator and scorer)
 * @param dropSchemas       recreate the schemas at start (tests)
 * @param simPolicy         triton-sim answer policy, when the sim serves as Triton
 * @param triton            an external Triton (host:port) instead of triton-sim
 * @param simEnvironment    extra triton-sim settings, e.g. {@code TRITON_SIM_CAPACITY_SLOTS}
 * @param workerEnvironment extra inference-worker settings, e.g. {@code EVALSTREAM_WORKER_MAX_INFLIGHT}
 * @param workerReplicas    inference-worker processes in one consumer group; replica i (0-based) serves HTTP on
 *                          {@code ports.worker() + i}
 */
public record StackSettings(Path repoRoot, Path stateDir, Path cevalPath, Ports ports, String topicPrefix,
        String schemaPrefix, boolean dropSchemas, String simPolicy, Optional<String> triton,
        Map<String, String> simEnvironment, Map<String, String> workerEnvironment, int workerReplicas) {

    public StackSettings {
        // Sorted, so that the recorded settings of a running process compare equal across invocations.
        simEnvironment = Collections.unmodifiableSortedMap(new TreeMap<>(simEnvironment));
        workerEnvironment = Collections.unmodifiableSortedMap(new TreeMap<>(workerEnvironment));
        if (workerReplicas < 1) {
            throw new IllegalArgumentException("workerReplicas must be at least 1, got " + workerReplicas);
        }
    }

    /**
     * @param kafka           the broker's listener, as started by tools/kafka/start-kafka.sh
     * @param kafkaController the broker's KRaft controller listener
     */
    public record Ports(int orchestrator, int scorer, int worker, int simGrpc, int simHttp, int kafka,
            int kafkaController) {

        public static final int DEFAULT_KAFKA = 9092;
        public static final int DEFAULT_KAFKA_CONTROLLER = 9093;

        /** The services' ports with the default Kafka broker (9092, controller 9093). */
        public Ports(int orchestrator, int scorer, int worker, int simGrpc, int simHttp) {
            this(orchestrator, scorer, worker, simGrpc, simHttp, DEFAULT_KAFKA, DEFAULT_KAFKA_CONTROLLER);
        }

        public static Ports defaults() {
            return new Ports(8080, 8082, 8083, 8001, 8002);
        }

        public Ports withKafka(int broker, int controller) {
            return new Ports(orchestrator, scorer, worker, simGrpc, simHttp, broker, controller);
        }
    }

    public static StackSettings defaults(Path repoRoot) {
        return new StackSettings(repoRoot, repoRoot.resolve(".evalstream"),
                repoRoot.resolve("../shared/datasets/ceval").normalize(), Ports.defaults(), "evalstream.", "", false,
                "oracle", Optional.empty(), Map.of(), Map.of(), 1);
    }

    public StackSettings withSimPolicy(String policy) {
        return new StackSettings(repoRoot, stateDir, cevalPath, ports, topicPrefix, schemaPrefix, dropSchemas, policy,
                Optional.empty(), simEnvironment, workerEnvironment, workerReplicas);
    }

    public StackSettings withTriton(String hostPort) {
        return new StackSettings(repoRoot, stateDir, cevalPath, ports, topicPrefix, schemaPrefix, dropSchemas, simPolicy,
                Optional.of(hostPort), simEnvironment, workerEnvironment, workerReplicas);
    }

    public StackSettings withCevalPath(Path path) {
        return new StackSettings(repoRoot, stateDir, path, ports, topicPrefix, schemaPrefix, dropSchemas, simPolicy,
                triton, simEnvironment, workerEnvironment, workerReplicas);
    }

    /** Replaces the extra triton-sim settings (they override the stack's own). */
    public StackSettings withSimEnvironment(Map<String, String> environment) {
        return new StackSettings(repoRoot, stateDir, cevalPath, ports, topicPrefix, schemaPrefix, dropSchemas, simPolicy,
                triton, environment, workerEnvironment, workerReplicas);
    }

    /** Replaces the extra inference-worker settings (they override the stack's own). */
    public StackSettings withWorkerEnvironment(Map<String, String> environment) {
        return new StackSettings(repoRoot, stateDir, cevalPath, ports, topicPrefix, schemaPrefix, dropSchemas, simPolicy,
                triton, simEnvironment, environment, workerReplicas);
    }

    /** Whether services started from now on recreate their schemas (a restarted service must keep its data). */
    public StackSettings withDropSchemas(boolean drop) {
        return new StackSettings(repoRoot, stateDir, cevalPath, ports, topicPrefix, schemaPrefix, drop, simPolicy,
                triton, simEnvironment, workerEnvironment, workerReplicas);
    }

    public StackSettings withWorkerReplicas(int replicas) {
        return new StackSettings(repoRoot, stateDir, cevalPath, ports, topicPrefix, schemaPrefix, dropSchemas, simPolicy,
                triton, simEnvironment, workerEnvironment, replicas);
    }

    public String orchestratorUrl() {
        return "http://127.0.0.1:" + ports.orchestrator();
    }

    public String scorerUrl() {
        return "http://127.0.0.1:" + ports.scorer();
    }

    public String kafkaBootstrapServers() {
        return "127.0.0.1:" + ports.kafka();
    }

    public String tritonAddress() {
        return triton.orElse("127.0.0.1:" + ports.simGrpc());
    }

    public Path logDir() {
        return stateDir.resolve("logs");
    }
}
