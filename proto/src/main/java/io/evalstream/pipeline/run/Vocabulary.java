package io.evalstream.pipeline.run;

import io.evalstream.benchmark.Benchmarks;
import io.evalstream.benchmark.ceval.CevalSplit;
import io.evalstream.benchmark.ceval.CevalSubject;
import io.evalstream.benchmark.ceval.CevalSubjects;
import io.evalstream.benchmark.postprocess.Postprocessors;
import io.evalstream.benchmark.prompt.ChatTemplate;
import java.util.List;
import java.util.function.Supplier;

/** The names a run request may use, each listed by the benchmark module that implements them. */
public enum Vocabulary {
    BENCHMARK(Benchmarks::names),
    SPLIT(CevalSplit::labels),
    TEMPLATE(ChatTemplate::labels),
    POSTPROCESSOR(Postprocessors::names),
    SUBJECT(() -> CevalSubjects.official().stream().map(CevalSubject::key).toList());

    private final Supplier<List<String>> names;

    Vocabulary(Supplier<List<String>> names) {
        this.names = names;
    }

    public List<String> names() {
        return names.get();
    }

    /** What a value must be, in the user's terms; the 52 subjects are too many to list in one message. */
    String expectation() {
        return this == SUBJECT
                ? "must be one of the " + names().size() + " C-Eval subjects, e.g. computer_network or logic"
                : "must be one of " + String.join(", ", names());
    }
}
