package io.evalstream.benchmark.postprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FirstCapitalTest {

    private final Postprocessor postprocessor = Postprocessors.named("first_capital");

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', emptyValue = "", value = {
            "B|B",
            "The answer is B|T",
            "答案是B|B",
            "Ｂ。解析：……|Ｂ",
            "'  \n\t,.;:!?-- c) d) C is right'|C",
            "'  \u3000（Ｄ）'|Ｄ",
            "答案是Δ|Δ",
            "ΔB|Δ",
            "abc 123 答案|''",
            "''|''",
            "\uD835\uDC00 supplementary bold A first|\uD835\uDC00",
            "ǅ titlecase is not uppercase, D is|D"
    })
    void extractsTheFirstUnicodeUppercaseCodePoint(String output, String expected) {
        assertEquals(expected, postprocessor.extract(output));
    }
}
