package io.evalstream.benchmark;

import java.util.List;

/** The benchmarks a run may name. */
public final class Benchmarks {

    public static final String CEVAL = "ceval";

    private Benchmarks() {
    }

    public static List<String> names() {
        return List.of(CEVAL);
    }
}
