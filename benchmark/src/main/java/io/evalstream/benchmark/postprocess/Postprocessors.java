package io.evalstream.benchmark.postprocess;

import java.util.Map;

/** The postprocessors a run may name in {@code RunInfo.postprocessor}. */
public final class Postprocessors {

    private static final Map<String, Postprocessor> BY_NAME = Map.of(
            "first_capital", new FirstCapital(),
            "first_option", new FirstOption("ABCD"));

    private Postprocessors() {
    }

    public static Postprocessor named(String name) {
        Postprocessor postprocessor = BY_NAME.get(name);
        if (postprocessor == null) {
            throw new UnknownPostprocessorException(name, BY_NAME.keySet());
        }
        return postprocessor;
    }
}
