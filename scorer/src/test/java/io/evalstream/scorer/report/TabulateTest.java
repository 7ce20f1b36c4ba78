package io.evalstream.scorer.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Expected text is Python tabulate's output for tabulate(table, headers='firstrow'), as OpenCompass 0.2.4 calls it. */
class TabulateTest {

    @Test
    void numericColumnDropsTrailingZerosAndAlignsOnTheDecimalPoint() {
        List<List<String>> table = List.of(
                List.of("dataset", "version", "metric", "mode", "internlm2-chat-1_8b"),
                List.of("ceval-computer_network", "db9ce2", "accuracy", "gen", "47.37"),
                List.of("ceval-operating_system", "a1b2c3", "accuracy", "gen", "100.00"),
                List.of("ceval-stem", "-", "naive_average", "gen", "37.50"),
                List.of("ceval", "-", "naive_average", "gen", "25.00"),
                List.of("ceval-x", "-", "naive_average", "gen", "5.05"));
        assertEquals("""
                dataset                 version    metric         mode      internlm2-chat-1_8b
                ----------------------  ---------  -------------  ------  ---------------------
                ceval-computer_network  db9ce2     accuracy       gen                     47.37
                ceval-operating_system  a1b2c3     accuracy       gen                    100
                ceval-stem              -          naive_average  gen                     37.5
                ceval                   -          naive_average  gen                     25
                ceval-x                 -          naive_average  gen                      5.05""",
                Tabulate.simple(table));
    }

    @Test
    void aColumnWithADashIsTextAndKeepsItsDigits() {
        List<List<String>> table = List.of(List.of("dataset", "version", "metric", "mode", "m"),
                List.of("ceval-law", "1", "accuracy", "gen", "33.33"), List.of("ceval-logic", "-", "-", "-", "-"));
        assertEquals("""
                dataset      version    metric    mode    m
                -----------  ---------  --------  ------  -----
                ceval-law    1          accuracy  gen     33.33
                ceval-logic  -          -         -       -""", Tabulate.simple(table));
    }

    @Test
    void integerColumnKeepsItsTextAndFloatsWithoutDecimalsAreIntegers() {
        List<List<String>> table = List.of(List.of("dataset", "version", "metric", "mode", "m"),
                List.of("ceval-law", "123", "accuracy", "gen", "0.00"), List.of("ceval-logic", "007", "a", "b", "100.00"));
        assertEquals("dataset        version  metric    mode      m\n"
                + "-----------  ---------  --------  ------  ---\n"
                + "ceval-law          123  accuracy  gen       0\n"
                + "ceval-logic        007  a         b       100", Tabulate.simple(table));
    }
}
