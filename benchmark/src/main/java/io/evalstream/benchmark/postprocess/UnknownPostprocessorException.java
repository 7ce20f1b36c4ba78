package io.evalstream.benchmark.postprocess;

import java.util.Set;
import java.util.TreeSet;

public class UnknownPostprocessorException extends IllegalArgumentException {

    public UnknownPostprocessorException(String name, Set<String> known) {
        super("unknown postprocessor '" + name + "', expected one of " + new TreeSet<>(known));
    }
}
