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
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A full C-Eval val run through every service: the packaged orchestrator, inference worker and scorer, a real Kafka
 * broker, PostgreSQL, and triton-sim over gRPC; driven by the CLI's own stack and run code.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PipelineIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration STALL = Duration.ofMinutes(3);

    private final Path repoRoot = Path.of(System.getProperty("evalstream.repo.root")).toAbsolutePath().normalize();
    private final Path cevalPath = Path.of(System.getProperty("evalstream.ceval.path")).toAbsolutePath().normalize();
    private StackSettings settings;
    private Path outputRoot;

    @BeforeAll
    void startStack() throws Exception {
        Path state = repoRoot.resolve("e2e/target/stack");
        outputRoot = repoRoot.resolve("e2e/target/outputs");
        settings = new StackSettings(repoRoot, state, cevalPath,
                new StackSettings.Ports(freePort(), freePort(), freePort(), freePort(), freePort()),
                "e2e-" + UUID.randomUUID() + ".", "e2e_", true, "oracle", Optional.empty(), Map.of(), Map.of(), 2);
        LocalStack stack = new LocalStack(settings, System.out);
        stack.up();
        assertEquals(List.of("triton-sim", "scorer", "orchestrator", "inference-worker", "inference-worker-2"),
                List.copyOf(stack.processes().keySet()), "one process per service, two worker replicas");
    }

    @AfterAll
    void stopStack() throws Exception {
        StackTeardown.killAndStop(new LocalStack(settings, System.out));
    }

    @Test
    void oracleRunScoresHundredEverywhereAndWritesOpenCompassLayout() throws Exception {
        RunCommand.Outcome outcome = run(settings, request("internlm2-chat")).outcome();
        assertTrue(outcome.succeeded(), () -> "run ended " + outcome.status() + ": " + outcome.reason());

        List<String[]> rows = summaryRows(outcome.outputFolder());
        Map<String, List<String>> subjects = AnswerKey.subjects(cevalPath);
        assertEquals(52 + 6, rows.size());
        List<String> expectedDatasets = new ArrayList<>();
        subjects.keySet().forEach(s -> expectedDatasets.add("ceval-" + s));
        expectedDatasets.addAll(List.of("ceval-stem", "ceval-social-science", "ceval-humanities", "ceval-other",
                "ceval-hard", "ceval"));
        assertEquals(expectedDatasets, rows.stream().map(r -> r[0]).toList());
        rows.forEach(r -> assertEquals("100.00", r[4], r[0]));

        String abbr = "internlm2-chat-1_8b";
        for (String subject : subjects.keySet()) {
            Path predictions = outcome.outputFolder().resolve("predictions/" + abbr + "/ceval-" + subject + ".json");
            JsonNode byIndex = JSON.readTree(predictions.toFile());
            List<AnswerKey.Row> key = AnswerKey.valRows(cevalPath, subject);
            assertEquals(key.size(), byIndex.size(), subject);
            assertEquals(key.get(0).answer(), byIndex.get("0").get("gold").asText());
            assertTrue(byIndex.get("0").get("origin_prompt").asText().endsWith("<|im_start|>assistant\n"));
            JsonNode result = JSON.readTree(outcome.outputFolder()
                    .resolve("results/" + abbr + "/ceval-" + subject + ".json").toFile());
            assertEquals(100.0, result.get("accuracy").asDouble(), subject);
        }
    }

    @Test
    void halfOracleRunMatchesAccuraciesComputedFromTheAnswerKey() throws Exception {
        StackSettings halfOracle = settings.withSimPolicy("oracle:0.5");
        new LocalStack(halfOracle, System.out).up();
        try {
            RunCommand.Outcome outcome = run(halfOracle, request("none")).outcome();
            assertTrue(outcome.succeeded(), () -> "run ended " + outcome.status() + ": " + outcome.reason());

            Map<String, List<String>> subjects = AnswerKey.subjects(cevalPath);
            Map<String, Double> expected = new LinkedHashMap<>();
            for (String subject : subjects.keySet()) {
                List<AnswerKey.Row> rows = AnswerKey.valRows(cevalPath, subject);
                long correct = rows.stream().filter(r -> AnswerKey.oracleAnswer(
                        "ceval/val/" + subject + "/" + r.id(), r.answer(), 0.5).equals(r.answer())).count();
                expected.put("ceval-" + subject, (double) correct / rows.size() * 100);
            }
            for (String category : List.of("STEM", "Social Science", "Humanities", "Other")) {
                expected.put("ceval-" + category.toLowerCase().replace(' ', '-'), naiveMean(subjects.entrySet().stream()
                        .filter(e -> e.getValue().get(2).equals(category))
                        .map(e -> expected.get("ceval-" + e.getKey())).toList()));
            }
            expected.put("ceval-hard", naiveMean(AnswerKey.HARD.stream().map(s -> expected.get("ceval-" + s)).toList()));
            expected.put("ceval", naiveMean(subjects.keySet().stream().map(s -> expected.get("ceval-" + s)).toList()));

            Map<String, String> actual = new LinkedHashMap<>();
            summaryRows(outcome.outputFolder()).forEach(r -> actual.put(r[0], r[4]));
            Map<String, String> expectedFormatted = new LinkedHashMap<>();
            // Python's '{:.2f}' rounds the exact binary value half to even.
            expected.forEach((k, v) -> expectedFormatted.put(k,
                    new java.math.BigDecimal(v).setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString()));
            assertEquals(expectedFormatted, actual);
            assertTrue(expected.get("ceval") > 30 && expected.get("ceval") < 70, "the policy mixes right and wrong");
        } finally {
            new LocalStack(settings, System.out).up();
        }
    }

    @Test
    void unavailableAnswersAreRetriedUntilEveryQuestionIsRight() throws Exception {
        double rate = 0.1;
        StackSettings faulty = settings.withSimEnvironment(Map.of("TRITON_SIM_FAULTS_UNAVAILABLE_RATE",
                Double.toString(rate)));
        new LocalStack(faulty, System.out).up();
        try {
            RunCommand.Outcome outcome = run(faulty, request("internlm2-chat")).outcome();
            assertTrue(outcome.succeeded(), () -> "run ended " + outcome.status() + ": " + outcome.reason());
            summaryRows(outcome.outputFolder()).forEach(r -> assertEquals("100.00", r[4], r[0]));

            long firstAttemptsRefused = 0;
            for (String subject : AnswerKey.subjects(cevalPath).keySet()) {
                firstAttemptsRefused += AnswerKey.valRows(cevalPath, subject).stream()
                        .filter(r -> AnswerKey.faulted("ceval/val/" + subject + "/" + r.id(), 0, rate)).count();
            }
            assertTrue(firstAttemptsRefused > 50, "the fault rate hits a share of the questions");
            long refused = simMetric(faulty, "nv_inference_request_failure{", "reason=\"REJECTED\"");
            assertTrue(refused >= firstAttemptsRefused, "the sim refused " + refused + " requests, expected at least "
                    + firstAttemptsRefused + " first attempts");
        } finally {
            new LocalStack(settings, System.out).up();
        }
    }

    @Test
    void testSplitRunWritesTheSubmissionWithOneLetterPerQuestion() throws Exception {
        List<String> subjects = List.of("computer_network", "logic", "high_school_physics");
        ObjectNode request = request("internlm2-chat");
        request.put("split", "test");
        request.set("subjects", JSON.valueToTree(subjects));
        Finished finished = run(settings, request);
        RunCommand.Outcome outcome = finished.outcome();
        assertTrue(outcome.succeeded(), () -> "run ended " + outcome.status() + ": " + outcome.reason());
        assertTrue(finished.printed().contains("no answers to score") && finished.printed().contains("submission.json"),
                finished.printed());

        JsonNode submission = JSON.readTree(outcome.outputFolder().resolve("submission.json").toFile());
        assertEquals(subjects, names(submission.fieldNames()));
        String abbr = "internlm2-chat-1_8b";
        for (String subject : subjects) {
            List<AnswerKey.Row> rows = AnswerKey.rows(cevalPath, "test", subject);
            JsonNode letters = submission.get(subject);
            assertEquals(rows.stream().map(AnswerKey.Row::id).toList(), names(letters.fieldNames()), subject);
            JsonNode predictions = JSON.readTree(outcome.outputFolder()
                    .resolve("predictions/" + abbr + "/ceval-" + subject + ".json").toFile());
            assertEquals(rows.size(), predictions.size(), subject);
            for (int i = 0; i < rows.size(); i++) {
                JsonNode prediction = predictions.get(Integer.toString(i));
                assertTrue(prediction.path("gold").isMissingNode(), "test questions have no gold");
                assertEquals(AnswerKey.randomAnswer(prediction.get("origin_prompt").asText()),
                        letters.get(rows.get(i).id()).asText(), subject + " " + rows.get(i).id());
            }
        }
        assertTrue(Files.notExists(outcome.outputFolder().resolve("results")), "nothing to score");
    }

    @Test
    void aRunThatReusesStoredPredictionsReportsTheSameWithoutInference() throws Exception {
        ObjectNode request = request("internlm2-chat");
        request.set("subjects", JSON.valueToTree(List.of("computer_network", "logic")));
        RunCommand.Outcome first = run(settings, request).outcome();
        assertTrue(first.succeeded(), () -> "run ended " + first.status() + ": " + first.reason());
        long inferred = simMetric(settings, "nv_inference_count{", "");

        request.put("reuse", true);
        RunCommand.Outcome reused = run(settings, request).outcome();
        assertTrue(reused.succeeded(), () -> "run ended " + reused.status() + ": " + reused.reason());
        assertEquals(inferred, simMetric(settings, "nv_inference_count{", ""), "no question went to Triton");
        JsonNode view = JSON.readTree(HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(settings.orchestratorUrl() + "/api/v1/runs/" + reused.runId())).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        assertEquals(AnswerKey.valRows(cevalPath, "computer_network").size()
                + AnswerKey.valRows(cevalPath, "logic").size(), view.get("total").asInt());
        assertEquals(view.get("total").asInt(), view.get("reused").asInt());
        List<String> firstRows = summaryRows(first.outputFolder()).stream().map(r -> String.join(",", r)).toList();
        assertEquals(firstRows, summaryRows(reused.outputFolder()).stream().map(r -> String.join(",", r)).toList());
    }

    @Test
    void aReplayOfARunGivesItsFilesAndCompareTellsRunsApart() throws Exception {
        try {
            new ReplayScenario(settings, cevalPath, outputRoot.resolve("replay")).replayAndCompare();
        } finally {
            new LocalStack(settings, System.out).up();
        }
    }

    @Test
    void unknownModelFailsTheRunWithTritonsReason() throws Exception {
        ObjectNode request = request("internlm2-chat");
        request.put("model", "no-such-model");
        request.set("subjects", JSON.valueToTree(List.of("computer_network")));
        long start = System.nanoTime();
        RunCommand.Outcome outcome = run(settings, request).outcome();
        assertEquals("FAILED", outcome.status());
        assertTrue(outcome.reason().contains("no-such-model") && outcome.reason().contains("NOT_FOUND"),
                outcome.reason());
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(60).toNanos(), "fails fast");
    }

    @Test
    void badInputIsRejectedWithTheFieldNamed() throws Exception {
        ObjectNode request = request("internlm2-chat");
        request.set("subjects", JSON.valueToTree(List.of("computer_network", "underwater_basket_weaving")));
        EvalstreamClient client = new EvalstreamClient(settings.orchestratorUrl(), settings.scorerUrl());
        IOException error = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                () -> client.submit(request));
        assertTrue(error.getMessage().contains("400") && error.getMessage().contains("subjects")
                && error.getMessage().contains("underwater_basket_weaving"), error.getMessage());
    }

    /** What a finished run returned and what the CLI printed on its standard output. */
    private record Finished(RunCommand.Outcome outcome, String printed) {
    }

    private Finished run(StackSettings stack, ObjectNode request) throws Exception {
        ByteArrayOutputStream summary = new ByteArrayOutputStream();
        RunCommand command = new RunCommand(new EvalstreamClient(stack.orchestratorUrl(), stack.scorerUrl()),
                new PrintStream(summary, true, StandardCharsets.UTF_8), System.out);
        RunCommand.Outcome outcome = command.execute(request, outputRoot, STALL);
        String printed = summary.toString(StandardCharsets.UTF_8);
        System.out.println(printed);
        return new Finished(outcome, printed);
    }

    private static ObjectNode request(String template) {
        ObjectNode request = JSON.createObjectNode();
        request.put("benchmark", "ceval");
        request.put("split", "val");
        request.put("template", template);
        return request;
    }

    private static List<String[]> summaryRows(Path outputFolder) throws IOException {
        String timestamp = outputFolder.getFileName().toString();
        List<String> lines = Files.readAllLines(outputFolder.resolve("summary/summary_" + timestamp + ".csv"));
        assertTrue(lines.get(0).startsWith("dataset,version,metric,mode,"), lines.get(0));
        assertTrue(Files.exists(outputFolder.resolve("summary/summary_" + timestamp + ".txt")));
        return lines.subList(1, lines.size()).stream().filter(l -> !l.isBlank()).map(l -> l.split(",")).toList();
    }

    /** OpenCompass's naive_average: a left-to-right sum divided by the count. */
    private static double naiveMean(List<Double> values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.size();
    }

    /** The sum of a sim metric's samples whose line starts with {@code prefix} and contains {@code label}. */
    private static long simMetric(StackSettings stack, String prefix, String label) throws Exception {
        String text = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + stack.ports().simHttp() + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return text.lines().filter(l -> l.startsWith(prefix) && l.contains(label))
                .mapToLong(l -> (long) Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    private static List<String> names(Iterator<String> names) {
        List<String> list = new ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
