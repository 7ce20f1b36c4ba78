package io.evalstream.benchmark.ceval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.evalstream.benchmark.prompt.ChatTemplate;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Golden prompts written by hand from DESIGN §3 for a small CRLF fixture with multi-line quoted fields, and the
 * real questions whose text holds placeholders, filled by OpenCompass's {@code safe_format} rules.
 */
class CevalPromptsTest {

    private static final String INTERNLM2_CHAT = """
            <|im_start|>user
            以下是中国关于玩具物理考试的单项选择题，请选出其中的正确答案。
            1+1=____
            A. 1
            B. 2
            C. 3
            D. 4
            答案:\s<|im_end|>
            <|im_start|>assistant
            B<|im_end|>
            <|im_start|>user
            以下是中国关于玩具物理考试的单项选择题，请选出其中的正确答案。
            多行
            题目
            A. 甲
            B. 乙
            C. 丙
            D. 丁
            答案:\s<|im_end|>
            <|im_start|>assistant
            C<|im_end|>
            <|im_start|>user
            以下是中国关于玩具物理考试的单项选择题，请选出其中的正确答案。
            x
            A.   a
            B.  b\s
            C. c
            D. d
            答案:\s<|im_end|>
            <|im_start|>assistant
            A<|im_end|>
            <|im_start|>user
            以下是中国关于玩具物理考试的单项选择题，请选出其中的正确答案。
            含"引号"
            A. A1
            B. B1
            C. C1
            D. D1
            答案:\s<|im_end|>
            <|im_start|>assistant
            D<|im_end|>
            <|im_start|>user
            以下是中国关于玩具物理考试的单项选择题，请选出其中的正确答案。
            q4
            A. a
            B. b
            C. c
            D. d
            答案:\s<|im_end|>
            <|im_start|>assistant
            A<|im_end|>
            <|im_start|>user
            以下是中国关于玩具物理考试的单项选择题，请选出其中的正确答案。
            第一行
            第二行
            A. 选项一
            B. 选项
            二
            C. 选项三
            D. 选项四
            答案:\s<|im_end|>
            <|im_start|>assistant
            """;

    private static final String NONE = """
            以下是中国关于玩具物理考试的单项选择题，请选出其中的正确答案。
            1+1=____
            A. 1
            B. 2
            C. 3
            D. 4
            答案:\s
            B
            以下是中国关于玩具物理考试的单项选择题，请选出其中的正确答案。
            多行
            题目
            A. 甲
            B. 乙
            C. 丙
            D. 丁
            答案:\s
            C
            以下是中国关于玩具物理考试的单项选择题，请选出其中的正确答案。
            x
            A.   a
            B.  b\s
            C. c
            D. d
            答案:\s
            A
            以下是中国关于玩具物理考试的单项选择题，请选出其中的正确答案。
            含"引号"
            A. A1
            B. B1
            C. C1
            D. D1
            答案:\s
            D
            以下是中国关于玩具物理考试的单项选择题，请选出其中的正确答案。
            q4
            A. a
            B. b
            C. c
            D. d
            答案:\s
            A
            以下是中国关于玩具物理考试的单项选择题，请选出其中的正确答案。
            第一行
            第二行
            A. 选项一
            B. 选项
            二
            C. 选项三
            D. 选项四
            答案:\s""";

    @Test
    void chatTemplateWrapsFiveShotsAndTheQuestionInChatMl() throws Exception {
        assertEquals(INTERNLM2_CHAT, fixturePrompts(ChatTemplate.INTERNLM2_CHAT).getFirst());
    }

    @Test
    void noTemplateJoinsThePiecesWithNewlinesAndEndsWithTheAnswerCue() throws Exception {
        String prompt = fixturePrompts(ChatTemplate.NONE).getFirst();
        assertEquals(NONE, prompt);
        assertTrue(prompt.endsWith("答案: "));
    }

    @Test
    void placeholderInsertedByTheQuestionIsFilledByALaterColumn() throws Exception {
        String prompt = fixturePrompts(ChatTemplate.NONE).get(1);
        assertTrue(prompt.endsWith("""
                以下是中国关于玩具物理考试的单项选择题，请选出其中的正确答案。
                z 与 $\\frac{1}{2}$
                A. x
                B. y
                C. z
                D. w
                答案:\s"""), prompt);
    }

    /**
     * toy_logic dev row 0 has question {@code q{D}} and option D {@code {A}}: its own filling leaves {@code q{A}} and
     * {@code {A}} (A came before D), which the question's filling then turns into the question's option A. The
     * question {@code Q{answer}{explanation}} loses both: the asked row's answer is blanked, val has no explanation.
     */
    @Test
    void examplesAreFilledWithTheirRowThenWithTheQuestionsRow() throws Exception {
        CevalSource source = CevalSource.open(fixture("ceval-fixture"));
        String head = "以下是中国关于玩具逻辑考试的单项选择题，请选出其中的正确答案。\n";
        String shots = head + "qQA\nA. a0\nB. b0\nC. c0\nD. QA\n答案: \nA\n"
                + head + "q1\nA. a\nB. b\nC. c\nD. d\n答案: \nB\n"
                + head + "q2\nA. a\nB. b\nC. c\nD. d\n答案: \nC\n"
                + head + "q3\nA. a\nB. b\nC. c\nD. d\n答案: \nD\n"
                + head + "q4\nA. a\nB. b\nC. c\nD. d\n答案: \nA\n";
        assertEquals(List.of(shots + head + "Q\nA. QA\nB. QB\nC. QC\nD. QD\n答案: "),
                render(source, CevalSplit.VAL, "toy_logic", ChatTemplate.NONE));
        String testShots = shots.replace("qQA\nA. a0\nB. b0\nC. c0\nD. QA", "qTA\nA. a0\nB. b0\nC. c0\nD. TA");
        assertEquals(List.of(testShots + head + "T\nA. TA\nB. TB\nC. TC\nD. TD\n答案: "),
                render(source, CevalSplit.TEST, "toy_logic", ChatTemplate.NONE));
    }

    @Test
    void realValQuestionsWithPlaceholdersAreFilledAsOpenCompassFillsThem() {
        CevalSource source = CevalSourceTest.realData();
        assertTrue(valPrompt(source, "advanced_mathematics", 13).contains(
                "则$\\oint_$102+3\\ln\\Bigl(\\frac{81}{2}\\Bigr)$(3\\ln(1+y)"));
        assertTrue(valPrompt(source, "probability_and_statistics", 8).contains(
                "$P(A\\mid B)+P(\\bar事件A和B互不相容\\mid\\bar事件A和B互相对立)=1$"));
        assertTrue(valPrompt(source, "probability_and_statistics", 16).contains(
                "C. $\\mathrm$\\bar{X}-\\bar{Y} \\sim \\mathrm{N}"));
        // D comes after C in the row, so a {C} inside option D stays as it is
        assertTrue(valPrompt(source, "high_school_physics", 7).contains("1.6\\times10^{-19}\\text{C}$"));
    }

    @Test
    void realQuestionWithNewlinesRendersItsBlockExactly() {
        CevalSource source = CevalSourceTest.realData();
        String prompt = render(source, CevalSplit.VAL, "college_programming", ChatTemplate.INTERNLM2_CHAT).get(3);
        String block = """
                以下是中国关于大学编程考试的单项选择题，请选出其中的正确答案。
                假定A是一个类的名字，下面四个语句总共会引发类A构造函数的调用多少次____
                ①A *p=newA;
                ②A p2[10];
                ③A p3;
                ④A *p4[10];
                A. 11
                B. 12
                C. 21
                D. 22
                答案:\s""";
        assertTrue(prompt.endsWith("<|im_start|>user\n" + block + "<|im_end|>\n<|im_start|>assistant\n"));
        assertEquals(6, prompt.split("<\\|im_start\\|>user\n", -1).length - 1);
    }

    @Test
    void crlfInsideAQuotedFieldBecomesLfAsInPythonTextMode() {
        CevalSource source = CevalSourceTest.realData();
        String prompt = valPrompt(source, "advanced_mathematics", 14);
        assertTrue(prompt.contains("\\begin{cases}\nx\\text{，}-1\\leq x\\leq2\\\\\n0"), prompt);
        assertFalse(prompt.contains("\r"));
    }

    @Test
    void onlyDevRowsZeroToFourAreShotsAndFewerIsAnError() throws Exception {
        CevalSource source = CevalSource.open(fixture("ceval-fixture"));
        CevalSubject subject = source.subject("toy_physics").orElseThrow();
        List<CevalRow> dev = source.rows(CevalSplit.DEV, "toy_physics");
        CevalRow question = source.rows(CevalSplit.VAL, "toy_physics").getFirst();
        List<CevalRow> six = new java.util.ArrayList<>(dev);
        six.add(new CevalRow(5, dev.getFirst().columns()));
        assertEquals(CevalPrompts.render(ChatTemplate.NONE, subject, dev, question),
                CevalPrompts.render(ChatTemplate.NONE, subject, six, question));
        CevalDatasetException error = assertThrows(CevalDatasetException.class,
                () -> CevalPrompts.render(ChatTemplate.NONE, subject, dev.subList(0, 4), question));
        assertTrue(error.getMessage().contains("dev/toy_physics_dev.csv has 4 rows"), error.getMessage());
    }

    static List<String> fixturePrompts(ChatTemplate template) throws URISyntaxException {
        return render(CevalSource.open(fixture("ceval-fixture")), CevalSplit.VAL, "toy_physics", template);
    }

    static List<String> render(CevalSource source, CevalSplit split, String key, ChatTemplate template) {
        CevalSubject subject = source.subject(key).orElseThrow();
        List<CevalRow> dev = source.rows(CevalSplit.DEV, key);
        return source.rows(split, key).stream().map(row -> CevalPrompts.render(template, subject, dev, row)).toList();
    }

    private static String valPrompt(CevalSource source, String key, int index) {
        return render(source, CevalSplit.VAL, key, ChatTemplate.NONE).get(index);
    }

    static Path fixture(String name) throws URISyntaxException {
        return Path.of(CevalPromptsTest.class.getClassLoader().getResource(name).toURI());
    }

    static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
