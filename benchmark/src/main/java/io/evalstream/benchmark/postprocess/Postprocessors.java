package io.evalstream.benchmark.postprocess;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The postprocessors a run may name in {@code RunInfo.postprocessor}. */
public final class Postprocessors {

    private static final Map<String, Postprocessor> BY_NAME = new TreeMap<>(Map.of(
            "first_capital", new FirstCapital(),
            "first_option", new FirstOption("ABCD")));

    private Postprocessors() {
    }

    /** Every name a run may give, in alphabetical order. */
    public static List<String> names() {
        return List.copyOf(BY_NAME.keySet());
    }

    public static Postprocessor named(String name) {
        Postprocessor postprocessor = BY_NAME.get(name);
        if (postprocessor == null) {
            throw new UnknownPostprocessorException(name, BY_NAME.keySet());
        }
        return postprocessor;
    }
}
