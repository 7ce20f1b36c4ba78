package io.evalstream.cli.compare;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** Prints a comparison: the score table, the counts of differing questions, then each differing question. */
final class ComparisonPrinter {

    private final PrintStream out;

    ComparisonPrinter(PrintStream out) {
        this.out = out;
    }

    void print(Comparison comparison) {
        out.println("A: " + comparison.a().folder() + " (model " + comparison.a().abbr() + ")");
        out.println("B: " + comparison.b().folder() + " (model " + comparison.b().abbr() + ")");
        out.println();
        int width = Stream.concat(comparison.subjects().stream(), comparison.groups().stream())
                .mapToInt(String::length).max().orElse(7);
        String row = "%-" + width + "s  %8s  %8s  %8s%n";
        out.printf(row, "dataset", "A", "B", "B - A");
        for (String subject : comparison.subjects()) {
            Optional<Double> a = comparison.accuracyA(subject);
            Optional<Double> b = comparison.accuracyB(subject);
            out.printf(row, subject, format(a), format(b), difference(a, b));
        }
        for (String group : comparison.groups()) {
            Optional<String> a = Optional.ofNullable(comparison.a().summary().get(group));
            Optional<String> b = Optional.ofNullable(comparison.b().summary().get(group));
            out.printf(row, group, a.orElse("-"), b.orElse("-"), difference(number(a), number(b)));
        }
        out.println();
        out.printf("questions: %d in A, %d in B; differing in prompt: %d, in raw prediction: %d, in extracted answer "
                + "(first_capital): %d%n", count(comparison, true), count(comparison, false),
                comparison.count(QuestionPair::promptDiffers), comparison.count(QuestionPair::predictionDiffers),
                comparison.count(QuestionPair::answerDiffers));
        List<QuestionPair> differing = comparison.questions().stream().filter(QuestionPair::differs).toList();
        if (!differing.isEmpty()) {
            out.println();
            out.println("differing questions (dataset, row index, gold, answers A and B):");
            differing.forEach(this::printQuestion);
        }
        out.println();
        out.println(comparison.identical() ? "A and B are identical" : "A and B differ");
    }

    private void printQuestion(QuestionPair pair) {
        out.printf("%s %d  gold %s  A: %s  B: %s%n", pair.dataset(), pair.index(), pair.gold().isEmpty() ? "-"
                : pair.gold(), answer(pair.a()), answer(pair.b()));
        if (pair.a().isEmpty() || pair.b().isEmpty()) {
            return;
        }
        if (pair.predictionDiffers()) {
            out.printf("    raw predictions: A %s  B %s%n", raw(pair.a().get().prediction()),
                    raw(pair.b().get().prediction()));
        }
        if (pair.promptDiffers()) {
            PromptDivergence divergence = PromptDivergence.of(pair.a().get().prompt(), pair.b().get().prompt());
            out.printf("    prompts differ at %d: A %s  B %s%n", divergence.offset(), divergence.excerptA(),
                    divergence.excerptB());
        }
    }

    private static String answer(Optional<RecordedQuestion> question) {
        return question.map(q -> q.answer().isEmpty() ? "(none)" : q.answer()).orElse("(absent)");
    }

    private static String raw(String prediction) {
        return PromptDivergence.excerpt(prediction.codePoints().toArray(), 0);
    }

    private static long count(Comparison comparison, boolean sideA) {
        return comparison.questions().stream().filter(q -> (sideA ? q.a() : q.b()).isPresent()).count();
    }

    private static String format(Optional<Double> value) {
        return value.map(v -> String.format(Locale.ROOT, "%.2f", v)).orElse("-");
    }

    private static String difference(Optional<Double> a, Optional<Double> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return "-";
        }
        return String.format(Locale.ROOT, "%+.2f", b.get() - a.get());
    }

    private static Optional<Double> number(Optional<String> cell) {
        try {
            return cell.map(Double::valueOf);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
