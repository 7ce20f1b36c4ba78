package io.evalstream.cli.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import io.evalstream.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareTest {

    private static final String LOGIC_0 = "以下是中国关于逻辑学考试的单项选择题，请选出其中的正确答案。\n甲说{A}\nA. 对\nB. 错\n答案: ";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    @Test
    void identicalFoldersExitZero() throws IOException {
        Path a = folder("a", new Run());
        Path b = folder("b", new Run());
        assertEquals(0, Compare.run(a, b, out), text());
        assertTrue(text().contains("differing in prompt: 0, in raw prediction: 0, in extracted answer (first_capital): 0"),
                text());
        assertTrue(text().contains("A and B are identical"), text());
        assertTrue(text().lines().anyMatch(l -> l.matches("ceval-logic\\s+50\\.00\\s+50\\.00\\s+\\+0\\.00")), text());
        assertTrue(text().lines().anyMatch(l -> l.matches("ceval-humanities\\s+50\\.00\\s+50\\.00\\s+\\+0\\.00")), text());
    }

    @Test
    void aDifferingPromptIsCountedAndShownWhereItDiverges() throws IOException {
        Path a = folder("a", new Run());
        Run filled = new Run();
        filled.logicPrompt = LOGIC_0.replace("{A}", "对");
        Path b = folder("b", filled);
        assertEquals(1, Compare.run(a, b, out), text());
        assertTrue(text().contains("differing in prompt: 1, in raw prediction: 0, in extracted answer (first_capital): 0"),
                text());
        int offset = LOGIC_0.indexOf("{A}");
        assertTrue(text().contains("ceval-logic 0  gold A  A: A  B: A"), text());
        assertTrue(text().contains("prompts differ at " + offset + ": A …\"出其中的正确答案。\\n甲说{A}\\nA. 对"), text());
        assertTrue(text().contains("B …\"出其中的正确答案。\\n甲说对\\nA. 对"), text());
        assertTrue(text().contains("A and B differ"), text());
    }

    @Test
    void aDifferingRawPredictionWithTheSameLetterIsCountedApart() throws IOException {
        Path a = folder("a", new Run());
        Run explained = new Run();
        explained.logicPrediction = "A。解析：只有A符合题意。";
        Path b = folder("b", explained);
        assertEquals(1, Compare.run(a, b, out), text());
        assertTrue(text().contains("differing in prompt: 0, in raw prediction: 1, in extracted answer (first_capital): 0"),
                text());
        assertTrue(text().contains("raw predictions: A \"\\nA\\n以下是中国关于\"  B \"A。解析：只有A符合题意。\""), text());
    }

    @Test
    void aDifferingAnswerShowsBothLettersAndTheScores() throws IOException {
        Path a = folder("a", new Run());
        Run english = new Run();
        // first_capital takes the first upper-case code point: the "T" of "The".
        english.logicPrediction = "The answer is A";
        english.logicAccuracy = "0.0";
        english.logicCell = "0.00";
        english.humanities = "25.00";
        Path b = folder("b", english);
        assertEquals(1, Compare.run(a, b, out), text());
        assertTrue(text().contains("differing in prompt: 0, in raw prediction: 1, in extracted answer (first_capital): 1"),
                text());
        assertTrue(text().contains("ceval-logic 0  gold A  A: A  B: T"), text());
        assertTrue(text().lines().anyMatch(l -> l.matches("ceval-logic\\s+50\\.00\\s+0\\.00\\s+-50\\.00")), text());
        assertTrue(text().lines().anyMatch(l -> l.matches("ceval-humanities\\s+50\\.00\\s+25\\.00\\s+-25\\.00")), text());
        assertTrue(text().lines().noneMatch(l -> l.startsWith("ceval-logic 1")), "row 1 is the same in both");
    }

    @Test
    void aFolderThatIsNoOutputFolderExitsTwoNamingItAndWhy() throws IOException {
        Path a = folder("a", new Run());
        assertEquals(2, Compare.run(a, dir.resolve("absent"), out));
        assertTrue(text().contains("B: " + dir.resolve("absent")) && text().contains("no such directory"), text());

        printed.reset();
        Files.createDirectories(dir.resolve("empty"));
        assertEquals(2, Compare.run(dir.resolve("empty"), a, out));
        assertTrue(text().contains("A: " + dir.resolve("empty")) && text().contains("no predictions/ folder"), text());

        printed.reset();
        Path broken = folder("broken", new Run());
        Files.writeString(broken.resolve("predictions/m/ceval-logic.json"), "{\"0\": ");
        assertEquals(2, Compare.run(a, broken, out));
        assertTrue(text().contains("B: ") && text().contains("cannot read predictions/m/ceval-logic.json"), text());
    }

    @Test
    void theCommandLineRunsCompareWithItsExitStatus() throws IOException {
        Path a = folder("a", new Run());
        Path b = folder("b", new Run());
        assertEquals(0, Main.commandLine().execute("compare", a.toString(), b.toString()));
        assertEquals(2, Main.commandLine().execute("compare", a.toString(), dir.resolve("absent").toString()));
    }

    private String text() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    /** What a test run recorded: two logic questions and the summary rows; fields vary per test. */
    private static final class Run {
        String logicPrompt = LOGIC_0;
        String logicPrediction = "\nA\n以下是中国关于";
        String logicAccuracy = "50.0";
        String logicCell = "50.00";
        String humanities = "50.00";
    }

    private Path folder(String name, Run run) throws IOException {
        Path folder = dir.resolve(name).resolve("20261201_120000");
        write(folder.resolve("predictions/m/ceval-logic.json"), "{\n    \"0\": {\n        \"origin_prompt\": "
                + json(run.logicPrompt) + ",\n        \"prediction\": " + json(run.logicPrediction)
                + ",\n        \"gold\": \"A\"\n    },\n    \"1\": {\n        \"origin_prompt\": \"q1\",\n"
                + "        \"prediction\": \"C\",\n        \"gold\": \"B\"\n    }\n}");
        write(folder.resolve("results/m/ceval-logic.json"), "{\n    \"accuracy\": " + run.logicAccuracy + "\n}");
        List<String> csv = new ArrayList<>(List.of("dataset,version,metric,mode,m",
                "ceval-logic,e5ec6b,accuracy,gen," + run.logicCell,
                "ceval-humanities,-,naive_average,gen," + run.humanities));
        write(folder.resolve("summary/summary_20261201_120000.csv"), String.join("\n", csv) + "\n");
        return folder;
    }

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
