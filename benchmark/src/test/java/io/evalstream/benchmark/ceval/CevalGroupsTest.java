package io.evalstream.benchmark.ceval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CevalGroupsTest {

    @Test
    void groupsAreListedInOpenCompassOrder() {
        List<CevalGroup> groups = CevalGroups.official("ceval");
        assertEquals(List.of("ceval-stem", "ceval-social-science", "ceval-humanities", "ceval-other", "ceval-hard",
                "ceval"), groups.stream().map(CevalGroup::dataset).toList());
        assertEquals(List.of(20, 10, 11, 11, 8, 52), groups.stream().map(g -> g.subjects().size()).toList());
        assertEquals(List.of("computer_network", "operating_system"), groups.getFirst().subjects().subList(0, 2));
        assertEquals(List.of("advanced_mathematics", "discrete_mathematics", "probability_and_statistics"),
                groups.get(4).subjects().subList(0, 3));
        assertEquals("physician", groups.getLast().subjects().getLast());
    }

    @Test
    void partialRunListsTheMissingDatasetsAndSkipsGroupsWithNone() {
        Map<String, Double> run = new LinkedHashMap<>();
        CevalGroups.official("ceval").get(1).subjects().forEach(s -> run.put(s, 50.0));
        run.put("college_physics", 25.0);
        List<GroupScore> groups = CevalGroups.score("ceval", run);
        assertEquals(List.of("ceval-stem", "ceval-social-science", "ceval-hard", "ceval"),
                groups.stream().map(GroupScore::dataset).toList());
        assertTrue(groups.get(1).complete());
        assertEquals(50.0, groups.get(1).naiveAverage().getAsDouble());
        GroupScore stem = groups.getFirst();
        assertFalse(stem.complete());
        assertEquals(19, stem.missingDatasets().size());
        assertEquals(List.of("ceval-computer_network", "ceval-operating_system", "ceval-computer_architecture",
                "ceval-college_programming", "ceval-college_chemistry"), stem.missingDatasets().subList(0, 5));
        assertEquals(List.of("ceval-advanced_mathematics", "ceval-discrete_mathematics",
                "ceval-probability_and_statistics", "ceval-college_chemistry", "ceval-high_school_mathematics",
                "ceval-high_school_chemistry", "ceval-high_school_physics"), groups.get(2).missingDatasets());
    }

    @Test
    void accuracyIsTheFractionTimesHundredLikeOpenCompass() {
        // Python: 9 / 19 * 100 == 47.368421052631575, while 100 * 9 / 19 == 47.36842105263158
        assertEquals(47.368421052631575, Accuracy.percent(9, 19));
        assertEquals(0.0, Accuracy.percent(0, 0));
    }

    /**
     * The InternLM tutorial's C-Eval table (per-subject accuracies rounded to 2 decimals); the correct counts follow
     * from the val question counts of the dataset. Expected group values are the tutorial's summary rows.
     */
    @Test
    void reproducesTheInternLmTutorialGroups() throws IOException {
        Map<String, Integer> valCounts = valCounts();
        Map<String, Double> run = new HashMap<>();
        for (String[] row : tutorialTable()) {
            int total = valCounts.get(row[0]);
            long correct = Math.round(Double.parseDouble(row[1]) * total / 100);
            assertTrue(Math.abs(100.0 * correct / total - Double.parseDouble(row[1])) < 0.006, row[0]);
            run.put(row[0], Accuracy.percent(correct, total));
        }
        assertEquals(52, run.size());
        Map<String, String> groups = new LinkedHashMap<>();
        CevalGroups.score("ceval", run).forEach(g -> groups.put(g.dataset(),
                new BigDecimal(g.naiveAverage().getAsDouble()).setScale(2, RoundingMode.HALF_EVEN).toPlainString()));
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("ceval-stem", "39.21");
        expected.put("ceval-social-science", "57.43");
        expected.put("ceval-humanities", "50.23");
        expected.put("ceval-other", "44.62");
        expected.put("ceval-hard", "32.00");
        expected.put("ceval", "46.19");
        assertEquals(expected, groups);
    }

    private static List<String[]> tutorialTable() throws IOException {
        try (InputStream in = CevalGroupsTest.class.getResourceAsStream("/tutorial-ceval.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank())
                    .map(l -> l.split("\t")).toList();
        }
    }

    private static Map<String, Integer> valCounts() throws IOException {
        List<String> lines = Files.readAllLines(Path.of(System.getProperty("evalstream.ceval.path"), "counts.tsv"));
        List<String> header = List.of(lines.getFirst().split("\t"));
        Map<String, Integer> counts = new HashMap<>();
        lines.subList(1, lines.size()).stream().map(l -> l.split("\t"))
                .forEach(f -> counts.put(f[0], Integer.parseInt(f[header.indexOf("val")])));
        return counts;
    }
}
