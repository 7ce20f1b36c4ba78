package io.evalstream.benchmark.postprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Expected answers were produced by running OpenCompass's Python first_option_postprocess on the same inputs. */
class FirstOptionTest {

    private final Postprocessor postprocessor = Postprocessors.named("first_option");

    static Stream<Arguments> outputs() {
        return Stream.of(
                Arguments.of("B", "B"),
                Arguments.of("答案是C", "C"),
                Arguments.of("答案是 D。", "D"),
                Arguments.of("答案：A", "A"),
                Arguments.of("The answer is (C).", "C"),
                Arguments.of("the answer is B", "B"),
                Arguments.of("The answer is B", "B"),
                Arguments.of("我认为选项 B 正确", "B"),
                Arguments.of("根据题意，故选D只有选项A是对", "D"),
                Arguments.of("So, Because of DNA, the answer is C", "C"),
                Arguments.of("1. A", "A"),
                Arguments.of("D。解析：因为……", "D"),
                Arguments.of("解析如下\n所以B", "B"),
                Arguments.of("无法确定", ""),
                Arguments.of("", ""),
                Arguments.of("The correct answer is option: D", "D"),
                Arguments.of("ABCD 都不对", "A"),
                Arguments.of("x\u3000C", "C"),
                Arguments.of("Answer:\nC\n", "C"),
                Arguments.of("Ａ", ""));
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @MethodSource("outputs")
    void findsTheFirstOptionAsOpenCompassDoes(String output, String expected) {
        assertEquals(expected, postprocessor.extract(output));
    }

    @Test
    void unknownPostprocessorIsAClearError() {
        UnknownPostprocessorException error = assertThrows(UnknownPostprocessorException.class,
                () -> Postprocessors.named("last_capital"));
        assertTrue(error.getMessage().contains("last_capital") && error.getMessage().contains("first_option"),
                error.getMessage());
    }
}
