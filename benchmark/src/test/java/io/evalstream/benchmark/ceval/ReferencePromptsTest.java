package io.evalstream.benchmark.ceval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.evalstream.benchmark.prompt.ChatTemplate;
import io.evalstream.benchmark.prompt.Hashes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every val and test prompt of both templates against digests computed by {@code ceval-reference/reference_prompts.py},
 * an independent Python rendering that reads the CSVs and fills the templates the way OpenCompass 0.2.4 does
 * ({@code safe_format}).
 */
class ReferencePromptsTest {

    @Test
    void allValAndTestPromptsMatchTheReferenceRendering() throws Exception {
        CevalSource source = CevalSourceTest.realData();
        List<String> actual = new ArrayList<>();
        for (CevalSplit split : List.of(CevalSplit.VAL, CevalSplit.TEST)) {
            for (ChatTemplate template : List.of(ChatTemplate.INTERNLM2_CHAT, ChatTemplate.NONE)) {
                for (CevalSubject subject : source.subjects()) {
                    List<String> hashes = CevalPromptsTest.render(source, split, subject.key(), template).stream()
                            .map(Hashes::sha256).toList();
                    actual.add(split.label() + "\t" + template.label() + "\t" + subject.key() + "\t" + hashes.size()
                            + "\t" + Hashes.sha256(String.join("\n", hashes)));
                }
            }
        }
        List<String> expected = resource("/ceval-reference/prompt-digests.tsv");
        assertEquals(208, expected.size());
        assertEquals(expected, actual);
    }

    static List<String> resource(String name) throws IOException {
        try (InputStream in = ReferencePromptsTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
