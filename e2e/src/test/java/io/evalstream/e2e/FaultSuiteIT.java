package io.evalstream.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.evalstream.cli.run.EvalstreamClient;
import io.evalstream.cli.run.RunCommand;
import io.evalstream.cli.stack.LocalStack;
import io.evalstream.cli.stack.StackSettings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Faults in the middle of full C-Eval val runs: each scenario's outputs must equal a clean run's byte for byte (the
 * timestamp aside), with exactly one stored result per question. The suite owns its Kafka broker, so that it can
 * stop it; triton-sim is slowed down so that every fault lands in the middle of a run.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultSuiteIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int QUESTIONS = 1346;
    private static final Set<String> TERMINAL = Set.of("SUCCEEDED", "FAILED", "CANCELLED");
    private static final String SCHEMA_PREFIX = "faults_";
    private static final Duration STALL = Duration.ofMinutes(3);
    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(6);
    /** A fault is injected once this many results are in, and only if the run is still this far from its end. */
    private static final int MID_RUN_DONE = 150;
    private static final int MID_RUN_LEFT = 400;
    /** About 80 answers per second: a run takes some 20 s, so there is a middle to hit. */
    private static final Map<String, String> SLOW_SIM = Map.of("TRITON_SIM_CAPACITY_SLOTS", "8",
            "TRITON_SIM_CAPACITY_FIXED_LATENCY", "PT0.1S");

    private final Path repoRoot = Path.of(System.getProperty("evalstream.repo.root")).toAbsolutePath().normalize();
    private final Path cevalPath = Path.of(System.getProperty("evalstream.ceval.path")).toAbsolutePath().normalize();
    private final Path home = repoRoot.resolve("e2e/target/faults");
    private final ScenarioTable table = new ScenarioTable();
    private final ExecutorService runner = Executors.newSingleThreadExecutor();
    private final long suiteStart = System.nanoTime();
    private StackSettings settings;
    private EvalstreamClient client;
    private OutputTree clean;

    /** What a scenario does to the stack once its run is in the middle. */
    @FunctionalInterface
    private interface Fault {
        void inject(String runId) throws Exception;
    }

    @BeforeAll
    void startStackAndRunCleanly() throws Exception {
        int worker = freePortPair();
        settings = new StackSettings(repoRoot, home.resolve("stack"), cevalPath,
                new StackSettings.Ports(freePort(), freePort(), worker, freePort(), freePort())
                        .withKafka(freePort(), freePort()),
                "faults-" + UUID.randomUUID() + ".", SCHEMA_PREFIX, true, "oracle:0.5", Optional.empty(), SLOW_SIM,
                Map.of(), 2);
        client = new EvalstreamClient(settings.orchestratorUrl(), settings.scorerUrl());
        stack(settings).up();
        // Fresh schemas once; a service restarted by a scenario must find its data where it left it.
        settings = settings.withDropSchemas(false);
        stack(settings).up();
        long start = System.nanoTime();
        Throwable failure = null;
        try {
            RunCommand.Outcome outcome = runToEnd(settings, "clean", runId -> awaitMidRun(runId));
            clean = OutputTree.read(outcome.outputFolder());
            assertTrue(clean.files().size() > 2 * 52, "summary, predictions and results of 52 subjects");
        } catch (Throwable t) {
            failure = t;
            throw t;
        } finally {
            table.record("clean run", failure, start);
        }
    }

    @AfterAll
    void stopStack() throws Exception {
        runner.shutdownNow();
        try {
            stack(settings).down();
        } finally {
            table.print(System.out, (System.nanoTime() - suiteStart) / 1e9);
        }
    }

    @Test
    @Order(1)
    void killOneOfTwoWorkers() throws Exception {
        scenario("kill -9 one of two inference-worker replicas", settings,
                runId -> kill("inference-worker-2"));
    }

    @Test
    @Order(2)
    void killAndRestartTheScorer() throws Exception {
        scenario("kill -9 the scorer and start it again", settings, runId -> {
            kill("scorer");
            stack(settings).up();
        });
    }

    @Test
    @Order(3)
    void killAndRestartTheOrchestrator() throws Exception {
        scenario("kill -9 the orchestrator and start it again", settings, runId -> {
            kill("orchestrator");
            stack(settings).up();
        });
    }

    @Test
    @Order(4)
    void restartTheKafkaBroker() throws Exception {
        scenario("stop and restart the Kafka broker", settings, runId -> {
            KafkaBroker.stop(settings);
            Thread.sleep(5_000);
            stack(settings).up();
        });
    }

    @Test
    @Order(5)
    void tritonUnreachableForTwentySeconds() throws Exception {
        scenario("Triton unreachable for 20 s", settings, runId -> {
            kill("triton-sim");
            Thread.sleep(20_000);
            stack(settings).up();
        });
    }

    @Test
    @Order(6)
    void tenPercentOfTritonAnswersUnavailable() throws Exception {
        Map<String, String> sim = new HashMap<>(SLOW_SIM);
        sim.put("TRITON_SIM_FAULTS_UNAVAILABLE_RATE", "0.1");
        scenario("10% of Triton answers UNAVAILABLE", settings.withSimEnvironment(sim), runId -> {
        });
    }

    @Test
    @Order(7)
    void malformedRecordsAreDeadLettered() throws Exception {
        MalformedRecords malformed = new MalformedRecords(settings.kafkaBootstrapServers(), settings.topicPrefix());
        List<MalformedRecords.Injected> injected = new java.util.ArrayList<>();
        scenario("malformed records in every topic", settings,
                runId -> injected.addAll(malformed.inject(runId, client.run(runId).path("model").asText())));
        List<MalformedRecords.Injected> missing = malformed.missingDeadLetters(injected, Duration.ofSeconds(30));
        assertEquals(List.of(), missing, "records that did not reach a dead-letter topic with a reason");
    }

    /** Runs the val split with {@code fault} in its middle and compares the outcome with the clean run's. */
    private void scenario(String name, StackSettings during, Fault fault) throws Exception {
        long start = System.nanoTime();
        Throwable failure = null;
        try {
            stack(during).up();
            RunCommand.Outcome outcome = runToEnd(during, slug(name), runId -> {
                awaitMidRun(runId);
                fault.inject(runId);
            });
            List<String> differences = OutputTree.read(outcome.outputFolder()).differencesFrom(clean);
            assertEquals(List.of(), differences, "outputs that differ from the clean run's");
        } catch (Throwable t) {
            failure = t;
            throw t;
        } finally {
            try {
                stack(settings).up();
            } catch (Exception e) {
                if (failure != null) {
                    failure.addSuppressed(e);
                } else {
                    failure = e;
                    throw e;
                }
            } finally {
                table.record(name, failure, start);
            }
        }
    }

    /**
     * Submits a val run through the CLI's run command, injects the fault once the run is under way and returns the
     * run's outcome after checking that it succeeded with one stored result per question.
     */
    private RunCommand.Outcome runToEnd(StackSettings stack, String folder, Fault fault) throws Exception {
        Set<String> before = runIds();
        Future<RunCommand.Outcome> run = runner.submit(() -> new RunCommand(
                new EvalstreamClient(stack.orchestratorUrl(), stack.scorerUrl()),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), System.out)
                .execute(request(), home.resolve("outputs").resolve(folder), STALL));
        String runId = awaitNewRun(before, run);
        fault.inject(runId);
        RunCommand.Outcome outcome = run.get(RUN_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        assertTrue(outcome.succeeded(), () -> "run " + outcome.runId() + " ended " + outcome.status() + ": "
                + outcome.reason());
        StoredResults.Counts counts = StoredResults.of(SCHEMA_PREFIX + "scorer", outcome.runId());
        assertEquals(new StoredResults.Counts(QUESTIONS, QUESTIONS), counts,
                "stored results (rows, distinct questions) of run " + outcome.runId());
        return outcome;
    }

    private String awaitNewRun(Set<String> before, Future<?> run) throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            for (JsonNode listed : client.runs()) {
                if (!before.contains(listed.path("id").asText())) {
                    return listed.path("id").asText();
                }
            }
            if (run.isDone()) {
                run.get();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the run did not show up in the orchestrator's list");
    }

    /** Waits until the run has results but is far from its end; fails when the run went past its middle unseen. */
    private void awaitMidRun(String runId) throws Exception {
        Instant deadline = Instant.now().plus(STALL);
        while (Instant.now().isBefore(deadline)) {
            JsonNode run = client.run(runId);
            int done = run.path("done").asInt();
            if (TERMINAL.contains(run.path("status").asText())) {
                throw new AssertionError("run " + runId + " ended " + run.path("status").asText() + " at " + done + "/"
                        + QUESTIONS + " before the fault: " + run.path("reason").asText());
            }
            if (done >= MID_RUN_DONE) {
                assertTrue(done <= QUESTIONS - MID_RUN_LEFT, "run " + runId + " had " + done
                        + " results when first seen past " + MID_RUN_DONE + ": too fast for a mid-run fault");
                System.out.println("fault injected at " + done + "/" + QUESTIONS + " results of run " + runId);
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("run " + runId + " made no progress towards its middle");
    }

    private Set<String> runIds() throws Exception {
        Set<String> ids = new HashSet<>();
        client.runs().forEach(run -> ids.add(run.path("id").asText()));
        return ids;
    }

    private void kill(String process) throws Exception {
        ProcessHandle handle = stack(settings).processes().get(process);
        assertTrue(handle != null, process + " is running");
        handle.destroyForcibly();
        handle.onExit().get(30, TimeUnit.SECONDS);
    }

    private static LocalStack stack(StackSettings settings) {
        return new LocalStack(settings, System.out);
    }

    private static ObjectNode request() {
        ObjectNode request = JSON.createObjectNode();
        request.put("benchmark", "ceval");
        request.put("split", "val");
        request.put("template", "internlm2-chat");
        return request;
    }

    private static String slug(String name) {
        return name.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** A free port whose successor is free too (two worker replicas). */
    private static int freePortPair() throws IOException {
        for (int attempt = 0; attempt < 50; attempt++) {
            int port = freePort();
            try (ServerSocket next = new ServerSocket(port + 1)) {
                return port;
            } catch (IOException taken) {
                // try another
            }
        }
        throw new IOException("no two consecutive free ports");
    }
}
