package io.evalstream.orchestrator.benchmark.ceval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.evalstream.orchestrator.prompt.ChatTemplate;
import io.evalstream.pipeline.Question;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every val prompt of both templates against digests computed by {@code ceval-reference/reference_prompts.py}, an
 * independent Python rendering that reads the CSVs the way OpenCompass does.
 */
class ReferencePromptsTest {

    @Test
    void allValPromptsMatchTheReferenceRendering() throws Exception {
        CevalLoader.CevalSource source = CevalLoaderTest.realData();
        List<String> expected = reference();
        List<String> actual = new java.util.ArrayList<>();
        for (ChatTemplate template : List.of(ChatTemplate.INTERNLM2_CHAT, ChatTemplate.NONE)) {
            for (CevalSubject subject : source.subjects()) {
                List<Question> questions = CevalQuestions.render(source, CevalSplit.VAL, subject, template);
                String hashes = questions.stream().map(Question::getPromptHash).collect(Collectors.joining("\n"));
                actual.add(template.label() + "\t" + subject.key() + "\t" + questions.size() + "\t"
                        + CevalPromptsTest.sha256(hashes));
            }
        }
        assertEquals(104, expected.size());
        assertEquals(expected, actual);
    }

    private static List<String> reference() throws IOException {
        try (InputStream in = ReferencePromptsTest.class.getResourceAsStream("/ceval-reference/val-prompt-digests.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
