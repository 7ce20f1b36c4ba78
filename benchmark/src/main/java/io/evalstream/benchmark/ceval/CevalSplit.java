package io.evalstream.benchmark.ceval;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The three files of each subject and the columns each must have. */
public enum CevalSplit {
    DEV("dev", List.of("id", "question", "A", "B", "C", "D", "answer", "explanation")),
    VAL("val", List.of("id", "question", "A", "B", "C", "D", "answer")),
    TEST("test", List.of("id", "question", "A", "B", "C", "D"));

    private final String label;
    private final List<String> requiredColumns;

    CevalSplit(String label, List<String> requiredColumns) {
        this.label = label;
        this.requiredColumns = requiredColumns;
    }

    public String label() {
        return label;
    }

    public List<String> requiredColumns() {
        return requiredColumns;
    }

    public String file(String subject) {
        return label + "/" + subject + "_" + label + ".csv";
    }

    /** Every label a run may name, in declaration order. */
    public static List<String> labels() {
        return Stream.of(values()).map(CevalSplit::label).toList();
    }

    public static Optional<CevalSplit> byLabel(String label) {
        return Stream.of(values()).filter(s -> s.label.equals(label)).findFirst();
    }
}
