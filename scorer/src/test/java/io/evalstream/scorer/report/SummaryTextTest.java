package io.evalstream.scorer.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.evalstream.scorer.ceval.CevalGroups;
import io.evalstream.scorer.ceval.SubjectTally;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SummaryTextTest {

    /**
     * The expected file was written by OpenCompass's DefaultSummarizer text layout (Python, tabulate) for the same
     * table: one scored subject, one without results (all-dash row), and the groups that the scored subject forms.
     */
    @Test
    void matchesOpenCompassSummaryTextLayout() throws IOException {
        List<SubjectTally> tallies = List.of(new SubjectTally("law", 1, 3));
        RunReport report = new RunReport("run-1", "m1", "val", "abc123", "ceval", List.of("law", "logic"), false, true,
                Map.of("law", tallies.getFirst()), CevalGroups.naiveAverages("ceval", tallies),
                CevalGroups.weightedAverage(tallies));
        assertEquals(resource("/summary-partial-run.txt"), SummaryText.render("20260101_120000", report));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = SummaryTextTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
