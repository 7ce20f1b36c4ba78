package io.evalstream.orchestrator.benchmark.ceval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.evalstream.orchestrator.prompt.ChatTemplate;
import io.evalstream.pipeline.Question;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden prompts written by hand from DESIGN §3 for a small CRLF fixture with multi-line quoted fields. */
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
        Question question = fixtureQuestions(ChatTemplate.INTERNLM2_CHAT).getFirst();
        assertEquals(INTERNLM2_CHAT, question.getPrompt());
        assertEquals(sha256(INTERNLM2_CHAT), question.getPromptHash());
        assertEquals("ceval/val/toy_physics/0", question.getQuestionId());
        assertEquals(0, question.getIndex());
        assertEquals("B", question.getGold());
    }

    @Test
    void noTemplateJoinsThePiecesWithNewlinesAndEndsWithTheAnswerCue() throws Exception {
        Question question = fixtureQuestions(ChatTemplate.NONE).getFirst();
        assertEquals(NONE, question.getPrompt());
        assertTrue(question.getPrompt().endsWith("答案: "));
    }

    @Test
    void placeholderLikeTextInTheDataIsKeptVerbatim() throws Exception {
        Question question = fixtureQuestions(ChatTemplate.NONE).get(1);
        assertTrue(question.getPrompt().endsWith("""
                以下是中国关于玩具物理考试的单项选择题，请选出其中的正确答案。
                {C} 与 $\\frac{1}{2}$
                A. x
                B. y
                C. z
                D. w
                答案:\s"""), question.getPrompt());
        assertEquals("ceval/val/toy_physics/1", question.getQuestionId());
    }

    @Test
    void realQuestionWithNewlinesRendersItsBlockExactly() {
        CevalLoader.CevalSource source = CevalLoaderTest.realData();
        CevalSubject subject = subject(source, "college_programming");
        Question question = CevalQuestions.render(source, CevalSplit.VAL, subject, ChatTemplate.INTERNLM2_CHAT)
                .get(3);
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
        assertTrue(question.getPrompt().endsWith("<|im_start|>user\n" + block + "<|im_end|>\n<|im_start|>assistant\n"));
        assertEquals(6, question.getPrompt().split("<\\|im_start\\|>user\n", -1).length - 1);
        assertEquals("ceval/val/college_programming/3", question.getQuestionId());
        assertEquals("B", question.getGold());
    }

    @Test
    void crlfInsideAQuotedFieldBecomesLfAsInPythonTextMode() {
        CevalLoader.CevalSource source = CevalLoaderTest.realData();
        Question question = CevalQuestions.render(source, CevalSplit.VAL, subject(source, "advanced_mathematics"),
                ChatTemplate.NONE).get(14);
        assertEquals("ceval/val/advanced_mathematics/14", question.getQuestionId());
        assertTrue(question.getPrompt().contains("\\begin{cases}\nx\\text{，}-1\\leq x\\leq2\\\\\n0"),
                question.getPrompt());
        assertFalse(question.getPrompt().contains("\r"));
    }

    @Test
    void promptVersionIsSixHexDigitsPerTemplate() {
        String chat = CevalPrompts.version(ChatTemplate.INTERNLM2_CHAT);
        String none = CevalPrompts.version(ChatTemplate.NONE);
        assertTrue(chat.matches("[0-9a-f]{6}") && none.matches("[0-9a-f]{6}"), chat + " " + none);
        assertNotEquals(chat, none);
        assertEquals(chat, CevalPrompts.version(ChatTemplate.INTERNLM2_CHAT));
    }

    static List<Question> fixtureQuestions(ChatTemplate template) throws URISyntaxException {
        CevalLoader.CevalSource source = new CevalLoader.CevalSource(CevalFiles.at(fixture("ceval-fixture")));
        return CevalQuestions.render(source, CevalSplit.VAL, subject(source, "toy_physics"), template);
    }

    static Path fixture(String name) throws URISyntaxException {
        return Path.of(CevalPromptsTest.class.getClassLoader().getResource(name).toURI());
    }

    static CevalSubject subject(CevalLoader.CevalSource source, String key) {
        return source.subjects().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
    }

    static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
