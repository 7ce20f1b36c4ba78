package io.evalstream.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.evalstream.cli.compare.Compare;
import io.evalstream.cli.run.EvalstreamClient;
import io.evalstream.cli.run.RunCommand;
import io.evalstream.cli.stack.LocalStack;
import io.evalstream.cli.stack.StackSettings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * triton-sim's replay policy and {@code compare}, end to end on a running stack: a run, its replay through every
 * service, and a run under another policy. The replay must give the recorded run's files byte for byte. The stack's
 * sim is left with the policy {@code oracle}.
 */
final class ReplayScenario {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration STALL = Duration.ofMinutes(3);
    private static final List<String> SUBJECTS = List.of("computer_network", "logic");
    private static final String ABBR = "internlm2-1.8b-hf";
    private static final Pattern FIRST_PREDICTION = Pattern.compile("\"prediction\": \"([A-D])\"");
    private static final Pattern DIFFERING_QUESTION = Pattern.compile("^(ceval-\\S+ \\d+)  gold ", Pattern.MULTILINE);
    /** What a model without a chat template goes on to write: longer than the token budget, with a stop string. */
    private static final String RECORDED_TAIL = "\\n" + "以下是中国关于计算机网络考试的单项选择题，请选出其中的正确答案。".repeat(4)
            + "<|im_end|>";

    private final StackSettings settings;
    private final Path cevalPath;
    private final Path outputRoot;

    ReplayScenario(StackSettings settings, Path cevalPath, Path outputRoot) {
        this.settings = settings;
        this.cevalPath = cevalPath;
        this.outputRoot = outputRoot;
    }

    void replayAndCompare() throws Exception {
        Path recorded = run("oracle:0.5", "recorded");
        String network = "predictions/" + ABBR + "/ceval-computer_network.json";
        String edited = withLongFirstPrediction(Files.readString(recorded.resolve(network)));
        Files.writeString(recorded.resolve(network), edited);

        Path replayed = run("replay:" + recorded, "replayed");
        assertEquals(edited, Files.readString(replayed.resolve(network)), "the recorded prediction, verbatim");
        assertEquals(List.of(), OutputTree.read(replayed).differencesFrom(OutputTree.read(recorded)));
        assertEquals(afterFirstLine(summaryText(recorded)), afterFirstLine(summaryText(replayed)));

        Compared same = compare(recorded, replayed);
        assertEquals(Compare.IDENTICAL, same.status(), same.printed());

        Path oracle = run("oracle", "oracle");
        Compared different = compare(recorded, oracle);
        assertEquals(Compare.DIFFERENT, different.status(), different.printed());
        Set<String> wrong = wronglyAnsweredUnderHalfOracle();
        Set<String> expected = new TreeSet<>(wrong);
        expected.add("ceval-computer_network 0");
        assertEquals(expected, listedQuestions(different.printed()));
        assertTrue(different.printed().contains("differing in prompt: 0, in raw prediction: " + expected.size()
                + ", in extracted answer (first_capital): " + wrong.size()), different.printed());
        for (String subject : SUBJECTS) {
            assertTrue(different.printed().lines().anyMatch(l -> l.matches("ceval-" + subject
                    + "\\s+\\d+\\.\\d\\d\\s+100\\.00\\s+\\+\\d+\\.\\d\\d")), different.printed());
        }
    }

    private Path run(String policy, String name) throws Exception {
        StackSettings stack = settings.withSimPolicy(policy);
        new LocalStack(stack, System.out).up();
        ObjectNode request = JSON.createObjectNode();
        request.put("benchmark", "ceval");
        request.put("split", "val");
        request.put("template", "none");
        request.put("modelAbbr", ABBR);
        request.set("subjects", JSON.valueToTree(SUBJECTS));
        RunCommand command = new RunCommand(new EvalstreamClient(stack.orchestratorUrl(), stack.scorerUrl()),
                System.out, System.out);
        RunCommand.Outcome outcome = command.execute(request, outputRoot.resolve(name), STALL);
        assertTrue(outcome.succeeded(), () -> "run ended " + outcome.status() + ": " + outcome.reason());
        return outcome.outputFolder();
    }

    /** The first prediction, a lone letter, followed by more text: its extracted answer stays the same. */
    private static String withLongFirstPrediction(String predictions) {
        Matcher first = FIRST_PREDICTION.matcher(predictions);
        assertTrue(first.find(), "a letter prediction to extend");
        return predictions.substring(0, first.end(1)) + RECORDED_TAIL + predictions.substring(first.end(1));
    }

    private Set<String> wronglyAnsweredUnderHalfOracle() throws IOException {
        Set<String> wrong = new TreeSet<>();
        for (String subject : SUBJECTS) {
            List<AnswerKey.Row> rows = AnswerKey.valRows(cevalPath, subject);
            for (int index = 0; index < rows.size(); index++) {
                AnswerKey.Row row = rows.get(index);
                if (!AnswerKey.oracleAnswer("ceval/val/" + subject + "/" + row.id(), row.answer(), 0.5)
                        .equals(row.answer())) {
                    wrong.add("ceval-" + subject + " " + index);
                }
            }
        }
        assertTrue(!wrong.isEmpty(), "the half oracle answers some questions wrongly");
        return wrong;
    }

    private static Set<String> listedQuestions(String printed) {
        return DIFFERING_QUESTION.matcher(printed).results().map(m -> m.group(1))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private record Compared(int status, String printed) {
    }

    private static Compared compare(Path a, Path b) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status = Compare.run(a, b, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String printed = bytes.toString(StandardCharsets.UTF_8);
        System.out.println("$ evalstream compare " + a + " " + b + "\n" + printed + "(exit " + status + ")");
        return new Compared(status, printed);
    }

    private static String summaryText(Path folder) throws IOException {
        return Files.readString(folder.resolve("summary/summary_" + folder.getFileName() + ".txt"));
    }

    private static String afterFirstLine(String text) {
        return text.substring(text.indexOf('\n') + 1);
    }
}
