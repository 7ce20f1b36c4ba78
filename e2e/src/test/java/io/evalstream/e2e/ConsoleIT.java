package io.evalstream.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.evalstream.cli.run.EvalstreamClient;
import io.evalstream.cli.run.RunCommand;
import io.evalstream.cli.stack.LocalPostgres;
import io.evalstream.cli.stack.LocalStack;
import io.evalstream.cli.stack.ServiceProcess;
import io.evalstream.cli.stack.StackSettings;
import java.io.IOException;
import java.io.PrintStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The scorer's web console in headless Chromium against the real stack: an {@code oracle:0.5} run of four subjects
 * (one per category) watched while it runs, then compared with an {@code oracle:0.8} run. Expected values come from
 * the answer key and the sim's oracle rule, not from the scorer. Screenshots land in e2e/target/screenshots.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> SUBJECTS = List.of("computer_network", "marxism", "logic", "civil_servant");
    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(3);
    /** One slot and 100 ms a question: the half-oracle run lasts long enough to watch its progress. */
    private static final Map<String, String> SLOW_SIM = Map.of("TRITON_SIM_CAPACITY_SLOTS", "1",
            "TRITON_SIM_CAPACITY_FIXED_LATENCY", "100ms");

    private final Path repoRoot = Path.of(System.getProperty("evalstream.repo.root")).toAbsolutePath().normalize();
    private final Path cevalPath = Path.of(System.getProperty("evalstream.ceval.path")).toAbsolutePath().normalize();
    private StackSettings settings;
    private Chromium browser;
    private String halfRun;
    private String eightyRun;

    @BeforeAll
    void start() throws Exception {
        settings = new StackSettings(repoRoot, repoRoot.resolve("e2e/target/console-stack"), cevalPath,
                new StackSettings.Ports(freePort(), freePort(), freePort(), freePort(), freePort()),
                "e2e-console-" + UUID.randomUUID() + ".", "e2e_console_", true, "oracle:0.5", Optional.empty(),
                SLOW_SIM, Map.of(), 1);
        new LocalStack(settings, System.out).up();
        browser = new Chromium(repoRoot.resolve("e2e/target/screenshots"));
    }

    @AfterAll
    void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        StackTeardown.killAndStop(new LocalStack(settings, System.out));
    }

    @Test
    @Order(1)
    void aRunAppearsOnTheRunsPageAndItsProgressMovesWithoutReloading() throws Exception {
        EvalstreamClient client = new EvalstreamClient(settings.orchestratorUrl(), settings.scorerUrl());
        halfRun = client.submit(request()).path("id").asText();
        open("/");
        await().atMost(RUN_TIMEOUT).pollInterval(Duration.ofMillis(500)).until(() -> {
            open("/");
            return !browser.driver().findElements(runRow(halfRun)).isEmpty();
        });
        browser.script("window.notReloaded = true;");
        long total = Long.parseLong(field(halfRun, "total"));
        long first = Long.parseLong(field(halfRun, "done"));
        assertTrue(first < total, "the run is still going when it appears: " + first + " of " + total);
        await().atMost(RUN_TIMEOUT).until(() -> Long.parseLong(field(halfRun, "done")) > first);
        assertEquals(true, browser.script("return window.notReloaded === true;"), "updated in place");
        browser.screenshot("runs-live");
        await().atMost(RUN_TIMEOUT).pollInterval(Duration.ofSeconds(1))
                .until(() -> client.run(halfRun).path("status").asText().equals("SUCCEEDED"));
        await().atMost(Duration.ofSeconds(30)).until(() -> field(halfRun, "status").equals("complete"));
        assertEquals(Long.toString(total), field(halfRun, "done"));
    }

    @Test
    @Order(2)
    void theRunPageChartsOneBarPerSubjectWithTheAnswerKeysAccuracyAndShowsTheSummaryCsv() throws Exception {
        open("/runs/" + halfRun);
        await().atMost(Duration.ofSeconds(30)).until(() -> browser.script(
                "return !!echarts.getInstanceByDom(document.getElementById('subject-chart'));").equals(true));
        @SuppressWarnings("unchecked")
        Map<String, Object> option = (Map<String, Object>) browser.script("const o = echarts.getInstanceByDom("
                + "document.getElementById('subject-chart')).getOption(); return {subjects: o.xAxis[0].data, "
                + "series: o.series.map(s => ({name: s.name, data: s.data}))};");
        @SuppressWarnings("unchecked")
        List<String> bars = (List<String>) option.get("subjects");
        Map<String, List<String>> catalogue = AnswerKey.subjects(cevalPath);
        Map<String, Double> charted = new LinkedHashMap<>();
        Map<String, String> colouredAs = new LinkedHashMap<>();
        for (Object s : (List<?>) option.get("series")) {
            Map<?, ?> series = (Map<?, ?>) s;
            List<?> data = (List<?>) series.get("data");
            for (int i = 0; i < bars.size(); i++) {
                if (data.get(i) != null) {
                    assertEquals(null, charted.put(bars.get(i), ((Number) data.get(i)).doubleValue()),
                            "one bar for " + bars.get(i));
                    colouredAs.put(bars.get(i), (String) series.get("name"));
                }
            }
        }
        assertEquals(SUBJECTS.size(), bars.size());
        for (String subject : SUBJECTS) {
            assertEquals(accuracy(subject, 0.5), charted.get(subject), 1e-9, subject);
            assertEquals(catalogue.get(subject).get(2), colouredAs.get(subject), subject + "'s category");
        }

        List<List<String>> table = new ArrayList<>();
        WebElement summary = browser.driver().findElement(By.id("summary"));
        table.add(summary.findElements(By.cssSelector("thead th")).stream().map(WebElement::getText).toList());
        for (WebElement row : summary.findElements(By.cssSelector("tbody tr"))) {
            table.add(row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList());
        }
        List<List<String>> csv = get(settings.scorerUrl() + "/api/v1/runs/" + halfRun + "/report.csv").lines()
                .map(line -> List.of(line.split(",", -1))).toList();
        assertEquals(csv, table);
        assertEquals(SUBJECTS.size() + 1, table.size(), "header and subjects: no group has all its subjects in the run");
        browser.screenshot("run");
    }

    @Test
    @Order(3)
    void theComparePageShowsTheDifferenceBetweenHalfAndEightyPercentOracles() throws Exception {
        StackSettings eighty = settings.withSimPolicy("oracle:0.8").withSimEnvironment(Map.of());
        new LocalStack(eighty, System.out).up();
        RunCommand command = new RunCommand(new EvalstreamClient(eighty.orchestratorUrl(), eighty.scorerUrl()),
                new PrintStream(OutputStream.nullOutputStream()), System.out);
        RunCommand.Outcome outcome = command.execute(request(), repoRoot.resolve("e2e/target/console-outputs"),
                RUN_TIMEOUT);
        assertTrue(outcome.succeeded(), () -> "run ended " + outcome.status() + ": " + outcome.reason());
        eightyRun = outcome.runId();

        open("/");
        browser.driver().findElement(By.cssSelector("input[name=run][value='" + halfRun + "']")).click();
        browser.driver().findElement(By.cssSelector("input[name=run][value='" + eightyRun + "']")).click();
        browser.driver().findElement(By.cssSelector("#compare button[type=submit]")).click();
        await().atMost(Duration.ofSeconds(30)).until(() -> !browser.driver().findElements(By.id("comparison")).isEmpty());

        int differing = 0;
        int expectedDiffering = 0;
        for (String subject : SUBJECTS) {
            // The runs page lists the newest first, so the eighty-percent run is the baseline.
            double difference = accuracy(subject, 0.5) - accuracy(subject, 0.8);
            WebElement row = browser.driver().findElement(By.cssSelector("tr[data-dataset='ceval-" + subject + "']"));
            assertEquals(String.format(Locale.ROOT, "%+.2f", difference),
                    row.findElement(By.cssSelector("td.diff")).getText(), subject);
            boolean shown = Math.abs(difference) >= 0.005;
            assertEquals(shown, row.getAttribute("class").contains("differs"), subject + " marked as differing");
            differing += shown ? 1 : 0;
            for (AnswerKey.Row question : AnswerKey.valRows(cevalPath, subject)) {
                String id = "ceval/val/" + subject + "/" + question.id();
                if (!AnswerKey.oracleAnswer(id, question.answer(), 0.5)
                        .equals(AnswerKey.oracleAnswer(id, question.answer(), 0.8))) {
                    expectedDiffering++;
                }
            }
        }
        assertTrue(differing > 0, "the two policies differ on some subject");
        String count = browser.driver().findElement(By.cssSelector("#differing > p")).getText();
        assertTrue(count.startsWith(expectedDiffering + " questions whose extracted answer differs"), count);
        assertEquals(Math.min(expectedDiffering, 20),
                browser.driver().findElements(By.cssSelector("#differing article.question")).size());
        browser.screenshot("compare");
    }

    @Test
    @Order(4)
    void theQuestionFilterFindsAWrongAnswerAndShowsItsPrompt() throws Exception {
        open("/runs/" + halfRun + "/questions");
        new Select(browser.driver().findElement(By.id("subject"))).selectByValue("logic");
        new Select(browser.driver().findElement(By.id("outcome"))).selectByValue("wrong");
        browser.driver().findElement(By.cssSelector("form.filters button[type=submit]")).click();
        await().atMost(Duration.ofSeconds(30)).until(() -> browser.driver().getCurrentUrl().contains("outcome=wrong"));

        List<AnswerKey.Row> wrong = AnswerKey.valRows(cevalPath, "logic").stream().filter(r -> !AnswerKey
                .oracleAnswer("ceval/val/logic/" + r.id(), r.answer(), 0.5).equals(r.answer())).toList();
        assertFalse(wrong.isEmpty(), "the half oracle gets some logic question wrong");
        assertTrue(browser.driver().findElement(By.id("question-count")).getText().startsWith(wrong.size() + " questions"));
        WebElement first = browser.driver().findElement(By.cssSelector("article.question"));
        AnswerKey.Row expected = wrong.getFirst();
        assertEquals("ceval/val/logic/" + expected.id(), first.getAttribute("data-question"));
        assertEquals("wrong", first.getAttribute("data-outcome"));
        assertEquals(AnswerKey.oracleAnswer("ceval/val/logic/" + expected.id(), expected.answer(), 0.5),
                first.findElement(By.cssSelector("[data-field=prediction]")).getText());
        assertEquals(expected.answer(), first.findElement(By.cssSelector("[data-field=gold]")).getText());
        assertTrue(first.findElement(By.cssSelector("[data-field=prompt]")).getText()
                .contains("以下是中国关于逻辑学考试的单项选择题"), "the asked question's prompt is shown");
        first.findElement(By.tagName("summary")).click();
        assertTrue(first.findElement(By.cssSelector("details pre")).isDisplayed(), "the few-shot part unfolds");
        browser.screenshot("questions");
    }

    @Test
    @Order(5)
    void withATokenSetAPageNeedsItAndTheSignInFormOpensTheConsole() throws Exception {
        String token = "console-" + UUID.randomUUID();
        int port = freePort();
        ServiceProcess scorer = new ServiceProcess("scorer-with-token", settings.stateDir());
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("EVALSTREAM_SCORER_PORT", Integer.toString(port));
        environment.put("EVALSTREAM_API_TOKEN", token);
        environment.put("EVALSTREAM_DB_URL", LocalPostgres.JDBC_URL);
        environment.put("EVALSTREAM_DB_SCHEMA", "e2e_console_scorer");
        environment.put("KAFKA_BOOTSTRAP_SERVERS", settings.kafkaBootstrapServers());
        // Topics of its own: this scorer only serves pages and must not take the stack's predictions.
        environment.put("EVALSTREAM_KAFKA_TOPIC_PREFIX", "e2e-console-token-" + UUID.randomUUID() + ".");
        environment.put("EVALSTREAM_SCORER_GROUP_ID", "e2e-console-token");
        scorer.start(List.of(ProcessHandle.current().info().command().orElse("java"), "-Xmx256m", "-jar",
                repoRoot.resolve("scorer/target/quarkus-app/quarkus-run.jar").toString()), environment,
                settings.stateDir());
        try {
            String base = "http://127.0.0.1:" + port;
            scorer.awaitHealthy(base + "/q/health/ready", Duration.ofMinutes(2));
            HttpClient http = HttpClient.newHttpClient();
            for (String path : List.of("/", "/runs/" + halfRun, "/runs/" + halfRun + "/questions", "/progress")) {
                assertEquals(401, http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode(), path);
            }
            assertEquals(200, http.send(HttpRequest.newBuilder(URI.create(base + "/runs/" + halfRun))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode());

            browser.driver().get(base + "/");
            assertTrue(browser.driver().findElements(By.id("runs")).isEmpty(), "no runs without the token");
            browser.driver().findElement(By.id("token")).sendKeys(token + "x");
            browser.driver().findElement(By.cssSelector("form button[type=submit]")).click();
            assertTrue(browser.driver().findElement(By.cssSelector("[role=alert]")).getText().contains("not"));
            browser.screenshot("sign-in");
            browser.driver().findElement(By.id("token")).sendKeys(token);
            browser.driver().findElement(By.cssSelector("form button[type=submit]")).click();
            await().atMost(Duration.ofSeconds(30)).until(() -> !browser.driver().findElements(runRow(halfRun)).isEmpty());
        } finally {
            scorer.stop(Duration.ofSeconds(20));
        }
    }

    private void open(String path) {
        browser.driver().get(settings.scorerUrl() + path);
    }

    private static By runRow(String runId) {
        return By.cssSelector("#runs tr[data-run='" + runId + "']");
    }

    private String field(String runId, String field) {
        return browser.driver().findElement(runRow(runId)).findElement(By.cssSelector("[data-field=" + field + "]"))
                .getText();
    }

    /** OpenCompass's accuracy of the sim's oracle:P answers for a subject: the fraction first, then times 100. */
    private double accuracy(String subject, double p) throws IOException {
        List<AnswerKey.Row> rows = AnswerKey.valRows(cevalPath, subject);
        long correct = rows.stream().filter(r -> AnswerKey.oracleAnswer("ceval/val/" + subject + "/" + r.id(),
                r.answer(), p).equals(r.answer())).count();
        return (double) correct / rows.size() * 100;
    }

    private static ObjectNode request() {
        ObjectNode request = JSON.createObjectNode();
        request.put("benchmark", "ceval");
        request.put("split", "val");
        request.put("template", "internlm2-chat");
        request.set("subjects", JSON.valueToTree(SUBJECTS));
        return request;
    }

    private static String get(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
