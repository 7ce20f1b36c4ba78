package io.evalstream.scorer.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Expected text is Python tabulate's output for tabulate(table, headers='firstrow', floatfmt='.2f'). */
class TabulateTest {

    @Test
    void numericColumnIsRightAlignedAndEveryColumnAtLeastTwoWiderThanItsHeader() {
        List<List<String>> table = List.of(
                List.of("dataset", "version", "metric", "mode", "internlm2-chat-1_8b"),
                List.of("ceval-computer_network", "a1b2c3", "accuracy", "gen", "47.37"),
                List.of("ceval-operating_system", "a1b2c3", "accuracy", "gen", "100.00"),
                List.of("ceval-stem", "-", "naive_average", "gen", "73.68"),
                List.of("ceval", "-", "naive_average", "gen", "5.00"));
        assertEquals("""
                dataset                 version    metric         mode      internlm2-chat-1_8b
                ----------------------  ---------  -------------  ------  ---------------------
                ceval-computer_network  a1b2c3     accuracy       gen                     47.37
                ceval-operating_system  a1b2c3     accuracy       gen                    100.00
                ceval-stem              -          naive_average  gen                     73.68
                ceval                   -          naive_average  gen                      5.00""",
                Tabulate.simple(table));
    }

    @Test
    void dashColumnsAreTextAndLeftAligned() {
        List<List<String>> table = List.of(List.of("dataset", "version", "metric", "mode", "m"),
                List.of("ceval-law", "-", "-", "-", "-"), List.of("ceval-logic", "-", "-", "-", "-"));
        assertEquals("""
                dataset      version    metric    mode    m
                -----------  ---------  --------  ------  ---
                ceval-law    -          -         -       -
                ceval-logic  -          -         -       -""", Tabulate.simple(table));
    }
}
