package io.evalstream.cli.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SummaryTableTest {

    private static final String OPEN = "^".repeat(128) + "\n";
    private static final String CLOSE = "$".repeat(128) + "\n";

    @Test
    void takesTheTabulateBlockOfTheSummaryText() {
        String table = "dataset    version    metric    mode      m\n"
                + "---------  ---------  --------  ------  -----\n"
                + "ceval-logic  -  accuracy  gen  50.00\n";
        String text = "20261201_040000\ntabulate format\n" + OPEN + table + CLOSE + "\n" + "-".repeat(128)
                + " THIS IS A DIVIDER " + "-".repeat(128) + "\n\ncsv format\n" + OPEN + "dataset,version\n" + CLOSE;
        assertEquals(table, SummaryTable.of(text));
    }

    @Test
    void keepsATextWithoutTable() {
        assertEquals("no table\n", SummaryTable.of("no table\n"));
    }
}
