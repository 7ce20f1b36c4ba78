package io.evalstream.benchmark.postprocess;

/** Extracts the answer a model gave from its raw output, as an OpenCompass text postprocessor does. */
@FunctionalInterface
public interface Postprocessor {

    String extract(String output);
}
