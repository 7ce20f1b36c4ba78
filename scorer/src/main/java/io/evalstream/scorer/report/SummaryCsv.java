package io.evalstream.scorer.report;

import java.util.List;
import java.util.stream.Collectors;

/** {@code summary_<ts>.csv}: rows joined with commas; commas inside cells become spaces, as in OpenCompass. */
public final class SummaryCsv {

    private SummaryCsv() {
    }

    public static String render(List<List<String>> table) {
        return table.stream().map(row -> row.stream().map(cell -> cell.replace(',', ' '))
                .collect(Collectors.joining(","))).collect(Collectors.joining("\n")) + "\n";
    }
}
