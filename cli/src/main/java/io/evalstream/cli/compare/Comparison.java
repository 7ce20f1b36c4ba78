package io.evalstream.cli.compare;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Two output folders side by side: subject accuracies, the summary's group rows and every question. */
record Comparison(OutputFolderContents a, OutputFolderContents b, List<String> subjects, List<String> groups,
        List<QuestionPair> questions) {

    static Comparison of(OutputFolderContents a, OutputFolderContents b) {
        Set<String> subjects = new LinkedHashSet<>();
        // The summary lists the datasets in the run's configured order; files only in one folder follow.
        a.summary().keySet().stream().filter(a.predictions()::containsKey).forEach(subjects::add);
        subjects.addAll(a.predictions().keySet());
        subjects.addAll(b.predictions().keySet());
        Set<String> groups = new LinkedHashSet<>();
        for (OutputFolderContents side : List.of(a, b)) {
            side.summary().keySet().stream().filter(d -> !subjects.contains(d)).forEach(groups::add);
        }
        List<QuestionPair> questions = new ArrayList<>();
        for (String subject : subjects) {
            Map<Integer, RecordedQuestion> left = a.predictions().getOrDefault(subject, Map.of());
            Map<Integer, RecordedQuestion> right = b.predictions().getOrDefault(subject, Map.of());
            Set<Integer> indexes = new TreeSet<>(left.keySet());
            indexes.addAll(right.keySet());
            indexes.forEach(i -> questions.add(new QuestionPair(subject, i, Optional.ofNullable(left.get(i)),
                    Optional.ofNullable(right.get(i)))));
        }
        return new Comparison(a, b, List.copyOf(subjects), List.copyOf(groups), questions);
    }

    Optional<Double> accuracyA(String subject) {
        return Optional.ofNullable(a.accuracies().get(subject));
    }

    Optional<Double> accuracyB(String subject) {
        return Optional.ofNullable(b.accuracies().get(subject));
    }

    long count(java.util.function.Predicate<QuestionPair> differs) {
        return questions.stream().filter(differs).count();
    }

    boolean identical() {
        return questions.stream().noneMatch(QuestionPair::differs)
                && subjects.stream().allMatch(s -> accuracyA(s).equals(accuracyB(s)))
                && groups.stream().allMatch(g -> Optional.ofNullable(a.summary().get(g))
                        .equals(Optional.ofNullable(b.summary().get(g))));
    }
}
