package io.evalstream.scorer.ceval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.evalstream.scorer.report.python.PythonFloat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CevalGroupsTest {

    @Test
    void smallRunAveragesSubjectsPlainlyAndOmitsGroupsWithoutSubjects() {
        List<SubjectTally> run = List.of(
                new SubjectTally("computer_network", 1, 2),      // STEM 50
                new SubjectTally("college_physics", 1, 4),       // STEM, hard 25
                new SubjectTally("marxism", 9, 10));             // Social Science 90
        Map<String, Double> groups = asMap(CevalGroups.naiveAverages("ceval", run));
        assertEquals(List.of("ceval-stem", "ceval-social-science", "ceval-hard", "ceval"),
                List.copyOf(groups.keySet()));
        assertEquals(37.5, groups.get("ceval-stem"), 1e-12);
        assertEquals(90.0, groups.get("ceval-social-science"), 1e-12);
        assertEquals(25.0, groups.get("ceval-hard"), 1e-12);
        assertEquals((50.0 + 25.0 + 90.0) / 3, groups.get("ceval"), 1e-12);
        assertEquals(100.0 * 11 / 16, CevalGroups.weightedAverage(run), 1e-12);
    }

    @Test
    void accuracyIsTheFractionTimesHundredLikeOpenCompass() {
        // Python: 9 / 19 * 100 == 47.368421052631575, while 100 * 9 / 19 == 47.36842105263158
        assertEquals("47.368421052631575", PythonFloat.repr(new SubjectTally("x", 9, 19).accuracy()));
        assertEquals(0.0, new SubjectTally("x", 0, 0).accuracy());
    }

    /**
     * The InternLM tutorial's C-Eval table (per-subject accuracies rounded to 2 decimals); the correct counts follow
     * from the val question counts of the dataset. Expected group values are the tutorial's summary rows.
     */
    @Test
    void reproducesTheInternLmTutorialGroups() throws IOException {
        Map<String, Integer> valCounts = valCounts();
        List<SubjectTally> run = new ArrayList<>();
        for (String[] row : tutorialTable()) {
            int total = valCounts.get(row[0]);
            long correct = Math.round(Double.parseDouble(row[1]) * total / 100);
            assertTrue(Math.abs(100.0 * correct / total - Double.parseDouble(row[1])) < 0.006, row[0]);
            run.add(new SubjectTally(row[0], correct, total));
        }
        assertEquals(52, run.size());
        Map<String, String> groups = new LinkedHashMap<>();
        CevalGroups.naiveAverages("ceval", run).forEach(g -> groups.put(g.dataset(), PythonFloat.fixed2(g.accuracy())));
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("ceval-stem", "39.21");
        expected.put("ceval-social-science", "57.43");
        expected.put("ceval-humanities", "50.23");
        expected.put("ceval-other", "44.62");
        expected.put("ceval-hard", "32.00");
        expected.put("ceval", "46.19");
        assertEquals(expected, groups);
        assertEquals("44.80", PythonFloat.fixed2(CevalGroups.weightedAverage(run)));
    }

    private static List<String[]> tutorialTable() throws IOException {
        try (InputStream in = CevalGroupsTest.class.getResourceAsStream("/tutorial-ceval.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank())
                    .map(l -> l.split("\t")).toList();
        }
    }

    private static Map<String, Integer> valCounts() throws IOException {
        List<String> lines = Files.readAllLines(CevalSubjectsTest.cevalPath().resolve("counts.tsv"));
        List<String> header = List.of(lines.getFirst().split("\t"));
        Map<String, Integer> counts = new HashMap<>();
        lines.subList(1, lines.size()).stream().map(l -> l.split("\t"))
                .forEach(f -> counts.put(f[0], Integer.parseInt(f[header.indexOf("val")])));
        return counts;
    }

    private static Map<String, Double> asMap(List<GroupScore> groups) {
        Map<String, Double> map = new LinkedHashMap<>();
        groups.forEach(g -> map.put(g.dataset(), g.accuracy()));
        return map;
    }
}
