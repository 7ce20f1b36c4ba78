package io.evalstream.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.evalstream.sim.answer.AnswerPolicy;
import io.evalstream.sim.answer.AnswerStyle;
import io.evalstream.sim.answer.CevalQuestion;

class AnswerPolicyTest {

    private static char promptLetter(String prompt) throws Exception {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(prompt.getBytes(StandardCharsets.UTF_8));
        return "ABCD".charAt((hash[0] & 0xFF) % 4);
    }

    @Test
    void randomPolicyUsesThePromptHash() throws Exception {
        AnswerPolicy random = new AnswerPolicy(Optional.empty(), AnswerStyle.LETTER);
        CevalQuestion known = new CevalQuestion("ceval/val/x/0", "x", 0, "block", Optional.of("A"));
        for (String prompt : new String[] {"a", "b", "c", "d", "e", "答案: "}) {
            assertEquals(promptLetter(prompt), random.letter(Optional.of(known), prompt));
        }
    }

    @Test
    void oracleFallsBackToThePromptHashWithoutGold() throws Exception {
        AnswerPolicy oracle = new AnswerPolicy(Optional.of(1.0), AnswerStyle.LETTER);
        CevalQuestion testSplit = new CevalQuestion("ceval/test/x/0", "x", 0, "block", Optional.empty());
        assertEquals(promptLetter("p"), oracle.letter(Optional.of(testSplit), "p"));
        assertEquals(promptLetter("q"), oracle.letter(Optional.empty(), "q"));
        assertEquals('B', oracle.letter(
                Optional.of(new CevalQuestion("ceval/val/x/1", "x", 1, "b", Optional.of("B"))), "q"));
    }

    @Test
    void oracleRateZeroAlwaysAnswersTheNextLetter() {
        AnswerPolicy never = new AnswerPolicy(Optional.of(0.0), AnswerStyle.LETTER);
        assertEquals('A', never.letter(
                Optional.of(new CevalQuestion("ceval/val/x/1", "x", 1, "b", Optional.of("D"))), "q"));
        assertEquals('C', never.letter(
                Optional.of(new CevalQuestion("ceval/val/x/2", "x", 2, "b", Optional.of("B"))), "q"));
    }
}
