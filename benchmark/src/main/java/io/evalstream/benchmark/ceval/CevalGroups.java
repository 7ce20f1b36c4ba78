package io.evalstream.benchmark.ceval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Stream;

/**
 * C-Eval's summary groups as {@code configs/summarizers/groups/ceval.py} lists them (stem, social-science,
 * humanities, other, hard, then all subjects) and OpenCompass's {@code naive_average} of them: the accuracies summed
 * in the group's order, divided by the count. A group none of whose subjects has a result is left out.
 */
public final class CevalGroups {

    static final List<String> HARD = List.of("advanced_mathematics", "discrete_mathematics",
            "probability_and_statistics", "college_chemistry", "college_physics", "high_school_mathematics",
            "high_school_chemistry", "high_school_physics");

    private CevalGroups() {
    }

    public static List<CevalGroup> official(String label) {
        List<String> stem = category("STEM");
        List<String> socialScience = category("Social Science");
        List<String> humanities = category("Humanities");
        List<String> other = category("Other");
        return List.of(
                new CevalGroup(label + "-stem", stem),
                new CevalGroup(label + "-social-science", socialScience),
                new CevalGroup(label + "-humanities", humanities),
                new CevalGroup(label + "-other", other),
                new CevalGroup(label + "-hard", HARD),
                new CevalGroup(label, Stream.of(stem, socialScience, humanities, other).flatMap(List::stream).toList()));
    }

    /** The groups with at least one subject in {@code accuracies} (subject key to accuracy), in the listed order. */
    public static List<GroupScore> score(String label, Map<String, Double> accuracies) {
        List<GroupScore> scores = new ArrayList<>();
        for (CevalGroup group : official(label)) {
            List<String> missing = group.subjects().stream().filter(s -> !accuracies.containsKey(s))
                    .map(s -> label + "-" + s).toList();
            if (missing.size() == group.subjects().size()) {
                continue;
            }
            if (!missing.isEmpty()) {
                scores.add(new GroupScore(group.dataset(), OptionalDouble.empty(), missing));
                continue;
            }
            double sum = 0;
            for (String subject : group.subjects()) {
                sum += accuracies.get(subject);
            }
            scores.add(new GroupScore(group.dataset(), OptionalDouble.of(sum / group.subjects().size()), List.of()));
        }
        return scores;
    }

    private static List<String> category(String category) {
        return CevalSubjects.official().stream().filter(s -> s.category().equals(category)).map(CevalSubject::key)
                .toList();
    }
}
