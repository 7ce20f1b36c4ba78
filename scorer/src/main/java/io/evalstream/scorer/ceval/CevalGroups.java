package io.evalstream.scorer.ceval;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * C-Eval's summary groups as OpenCompass computes them ({@code naive_average}): the plain mean of the per-subject
 * accuracies of the group's subjects that are in the run; a group with none of its subjects in the run is omitted.
 */
public final class CevalGroups {

    private CevalGroups() {
    }

    public static List<GroupScore> naiveAverages(String datasetLabel, List<SubjectTally> subjects) {
        List<GroupScore> groups = new ArrayList<>();
        for (Category category : Category.values()) {
            add(groups, datasetLabel + "-" + category.groupSuffix(), subjects,
                    s -> CevalSubjects.category(s).filter(category::equals).isPresent());
        }
        add(groups, datasetLabel + "-hard", subjects, CevalSubjects.HARD::contains);
        add(groups, datasetLabel, subjects, s -> true);
        return groups;
    }

    /** Every scored question counts once: the extra, clearly not OpenCompass's headline. */
    public static double weightedAverage(List<SubjectTally> subjects) {
        return Accuracy.percent(subjects.stream().mapToLong(SubjectTally::correct).sum(),
                subjects.stream().mapToLong(SubjectTally::total).sum());
    }

    private static void add(List<GroupScore> groups, String dataset, List<SubjectTally> subjects,
            Predicate<String> member) {
        List<SubjectTally> members = subjects.stream().filter(s -> member.test(s.subject())).toList();
        if (!members.isEmpty()) {
            double sum = 0;
            for (SubjectTally tally : members) {
                sum += tally.accuracy();
            }
            groups.add(new GroupScore(dataset, sum / members.size()));
        }
    }
}
