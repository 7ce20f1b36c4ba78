package io.evalstream.scorer.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.evalstream.scorer.ceval.CevalScores;
import io.evalstream.scorer.ceval.SubjectTally;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Summary TXT and CSV against files written by {@code summary-reference/summary_reference.py}: OpenCompass 0.2.4's
 * summarizer rules in Python with the real tabulate package, for the tutorial's full run, a run of one whole group
 * (numbers such as 37.50 print as 37.5) and a partial run with a subject without results.
 */
class SummaryTextTest {

    private static final String TIMESTAMP = "20240101_120000";

    @ParameterizedTest
    @ValueSource(strings = {"tutorial", "social-science", "partial"})
    void matchesOpenCompassSummaryFiles(String name) throws IOException {
        RunReport report = report(name);
        assertEquals(resource(name + ".txt"), SummaryText.render(TIMESTAMP, report));
        assertEquals(resource(name + ".csv"), SummaryCsv.render(SummaryTable.of(report)));
    }

    @Test
    void partialRunHasNoRowForAGroupWithAMissingSubset() throws IOException {
        List<List<String>> table = SummaryTable.of(report("partial"));
        assertEquals(List.of("dataset", "ceval-law", "ceval-logic", "ceval-college_physics", "ceval-computer_network",
                "ceval-marxism"), table.stream().map(List::getFirst).toList());
    }

    private static RunReport report(String name) throws IOException {
        List<String> subjects = new ArrayList<>();
        List<SubjectTally> tallies = new ArrayList<>();
        for (String line : resource(name + ".tsv").lines().toList()) {
            String[] fields = line.split("\t");
            subjects.add(fields[0]);
            if (!fields[1].equals("-")) {
                tallies.add(new SubjectTally(fields[0], Long.parseLong(fields[1]), Long.parseLong(fields[2])));
            }
        }
        Map<String, SubjectTally> bySubject = new LinkedHashMap<>();
        tallies.forEach(t -> bySubject.put(t.subject(), t));
        return new RunReport("run-1", "internlm2-1.8b-hf", "val", "abc123", "ceval", subjects, true, true, bySubject,
                CevalScores.groups("ceval", tallies), CevalScores.weightedAverage(tallies), List.of());
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = SummaryTextTest.class.getResourceAsStream("/summary-reference/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
