package io.evalstream.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.evalstream.sim.answer.AnswerPolicy;
import io.evalstream.sim.answer.AnswerStyle;
import io.evalstream.sim.answer.PolicyParser;

class PolicyParserTest {

    @Test
    void parsesPolicyRateAndStyle() {
        assertEquals(new AnswerPolicy(Optional.of(1.0), AnswerStyle.LETTER), PolicyParser.parse("oracle"));
        assertEquals(new AnswerPolicy(Optional.of(0.25), AnswerStyle.LETTER), PolicyParser.parse("oracle:0.25"));
        assertEquals(new AnswerPolicy(Optional.of(0.5), AnswerStyle.ANSWER_EN), PolicyParser.parse("oracle:0.5:answer-en"));
        assertEquals(new AnswerPolicy(Optional.of(1.0), AnswerStyle.ANSWER_ZH), PolicyParser.parse("oracle:answer-zh"));
        assertEquals(new AnswerPolicy(Optional.empty(), AnswerStyle.EXPLAINED), PolicyParser.parse("random:explained"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "oracel", "oracle:1.5", "oracle:0.5:shout", "random:0.5", "oracle:0.5:letter:x" })
    void rejectsBadPoliciesWithTheGrammar(String policy) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PolicyParser.parse(policy));
        assertTrue(e.getMessage().contains("TRITON_SIM_POLICY") && e.getMessage().contains("POLICY[:P][:STYLE]"),
                e.getMessage());
    }

    @Test
    void stylesWriteTheLetterThePostprocessorsLookFor() {
        assertEquals("B", AnswerStyle.LETTER.render('B'));
        assertEquals("答案是B", AnswerStyle.ANSWER_ZH.render('B'));
        assertEquals("The answer is B", AnswerStyle.ANSWER_EN.render('B'));
        assertTrue(AnswerStyle.EXPLAINED.render('B').startsWith("B。解析："));
    }
}
