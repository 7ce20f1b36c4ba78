package io.evalstream.sim.model;

import java.util.List;

/** An input or output of a model config; dims exclude the batch dimension. */
public record TensorSpec(String name, Datatype datatype, List<Long> dims, boolean optional) {

    public static TensorSpec required(String name, Datatype datatype, long... dims) {
        return new TensorSpec(name, datatype, boxed(dims), false);
    }

    public static TensorSpec optional(String name, Datatype datatype, long... dims) {
        return new TensorSpec(name, datatype, boxed(dims), true);
    }

    private static List<Long> boxed(long[] dims) {
        return java.util.Arrays.stream(dims).boxed().toList();
    }
}
