package io.evalstream.e2e;

import static org.awaitility.Awaitility.await;
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
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Faults in the middle of C-Eval val runs: each scenario's outputs must equal a clean run's byte for byte (the
 * timestamp aside), with exactly one stored result per question. The suite owns its Kafka broker, so that it can
 * stop it; triton-sim is slowed down so that every fault lands in the middle of a run. The runs cover the subjects of
 * {@code evalstream.faults.subjects} (a few hundred questions from every category in CI; {@code all} for the full val
 * split, as bench/fault-suite-full.sh runs it).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultSuiteIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> TERMINAL = Set.of("SUCCEEDED", "FAILED", "CANCELLED");
    private static final String SCHEMA_PREFIX = "faults_";
    private static final Duration STALL = Duration.ofMinutes(3);
    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(6);
    /** A fault is injected once this share of the results is in, and only if this share is still to come. */
    private static final double MID_RUN_DONE = 0.1;
    private static final double MID_RUN_LEFT = 0.3;
    /** About 60 answers per second: a run of a few hundred questions takes several seconds, a middle to hit. */
    private static final Map<String, String> SLOW_SIM = Map.of("TRITON_SIM_CAPACITY_SLOTS", "6",
            "TRITON_SIM_CAPACITY_FIXED_LATENCY", "PT0.1S");

    private final Path repoRoot = Path.of(System.getProperty("evalstream.repo.root")).toAbsolutePath().normalize();
    private final Path cevalPath = Path.of(System.getProperty("evalstream.ceval.path")).toAbsolutePath().normalize();
    private final Path home = repoRoot.resolve("e2e/target/faults");
    private final String subjectsProperty = System.getProperty("evalstream.faults.subjects", "all");
    private final ScenarioTable table = new ScenarioTable();
    private final ExecutorService runner = Executors.newSingleThreadExecutor();
    private final long suiteStart = System.nanoTime();
    private StackSettings settings;
    private EvalstreamClient client;
    private OutputTree clean;
    private List<String> subjects;
    private int questions;

    /** What a scenario does to the stack once its run is in the middle. */
    @FunctionalInterface
    private interface Fault {
        void inject(String runId) throws Exception;
    }

    @BeforeAll
    void startStackAndRunCleanly() throws Exception {
        subjects = subjectsProperty.equals("all") ? List.copyOf(AnswerKey.subjects(cevalPath).keySet())
                : List.of(subjectsProperty.split(","));
        for (String subject : subjects) {
            questions += AnswerKey.valRows(cevalPath, subject).size();
        }
        System.out.println("fault suite: " + subjects.size() + " subjects, " + questions + " questions per run");
        int worker = freePortPair();
        // Fresh schemas once, before the services start; a service restarted by a scenario must find its data.
        StoredResults.dropSchemas(SCHEMA_PREFIX + "orchestrator", SCHEMA_PREFIX + "scorer");
        settings = new StackSettings(repoRoot, home.resolve("stack"), cevalPath,
                new StackSettings.Ports(freePort(), freePort(), worker, freePort(), freePort())
                        .withKafka(freePort(), freePort()),
                "faults-" + UUID.randomUUID() + ".", SCHEMA_PREFIX, false, "oracle:0.5", Optional.empty(), SLOW_SIM,
                Map.of(), 2);
        client = new EvalstreamClient(settings.orchestratorUrl(), settings.scorerUrl());
        stack(settings).up();
        long start = System.nanoTime();
        Throwable failure = null;
        try {
            RunCommand.Outcome outcome = runToEnd(settings, "clean", runId -> awaitMidRun(runId));
            clean = OutputTree.read(outcome.outputFolder());
            assertTrue(clean.files().size() > 2 * subjects.size(), "summary, predictions and results of every subject");
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
            StackTeardown.killAndStop(stack(settings));
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
            stack(settings).up();
        });
    }

    @Test
    @Order(5)
    void tritonUnreachableUntilTheCircuitBreakersOpen() throws Exception {
        scenario("Triton unreachable until the workers' circuit breakers open", settings, runId -> {
            double opened = WorkerMetrics.circuitBreakersOpened(settings);
            kill("triton-sim");
            await("a worker's circuit breaker opens").atMost(STALL).pollInterval(Duration.ofMillis(200))
                    .until(() -> WorkerMetrics.circuitBreakersOpened(settings) > opened);
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
        malformed.awaitDeadLetters(injected, Duration.ofSeconds(30));
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
        assertEquals(new StoredResults.Counts(questions, questions), counts,
                "stored results (rows, distinct questions) of run " + outcome.runId());
        return outcome;
    }

    /** The id of the run the orchestrator lists that was not there before; fails early when the submission failed. */
    private String awaitNewRun(Set<String> before, Future<?> run) {
        AtomicReference<String> id = new AtomicReference<>();
        await("the run shows up in the orchestrator's list").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(50)).failFast(run::isDone).until(() -> {
                    for (JsonNode listed : client.runs()) {
                        if (!before.contains(listed.path("id").asText())) {
                            id.set(listed.path("id").asText());
                            return true;
                        }
                    }
                    return false;
                });
        return id.get();
    }

    /** Waits until the run has results but is far from its end; fails when the run went past its middle unseen. */
    private void awaitMidRun(String runId) {
        int midRunDone = (int) Math.ceil(questions * MID_RUN_DONE);
        JsonNode run = await("run " + runId + " reaches its middle").atMost(STALL).pollInterval(Duration.ofMillis(50))
                .until(() -> client.run(runId), seen -> {
                    if (TERMINAL.contains(seen.path("status").asText())) {
                        throw new AssertionError("run " + runId + " ended " + seen.path("status").asText() + " at "
                                + seen.path("done").asInt() + "/" + questions + " before the fault: "
                                + seen.path("reason").asText());
                    }
                    return seen.path("done").asInt() >= midRunDone;
                });
        int done = run.path("done").asInt();
        assertTrue(done <= questions - questions * MID_RUN_LEFT, "run " + runId + " had " + done
                + " results when first seen past " + midRunDone + ": too fast for a mid-run fault");
        System.out.println("fault injected at " + done + "/" + questions + " results of run " + runId);
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

    private ObjectNode request() {
        ObjectNode request = JSON.createObjectNode();
        request.put("benchmark", "ceval");
        request.put("split", "val");
        request.put("template", "internlm2-chat");
        if (!subjectsProperty.equals("all")) {
            request.set("subjects", JSON.valueToTree(subjects));
        }
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
