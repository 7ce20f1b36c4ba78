package io.evalstream.sim.tensor;

import java.util.List;

import io.evalstream.sim.model.Datatype;

/** A decoded request input: BYTES as String (UTF-8), BOOL as Boolean, integers as Long, floats as Double. */
public record InputTensor(String name, Datatype datatype, List<Long> shape, List<Object> values) {

    public String string(int index) {
        return (String) values.get(index);
    }

    public boolean bool(int index) {
        return (Boolean) values.get(index);
    }

    public long integer(int index) {
        return ((Number) values.get(index)).longValue();
    }

    public double real(int index) {
        return ((Number) values.get(index)).doubleValue();
    }

    /** Elements per batch row (all elements when the model is not batched). */
    public int rowWidth(boolean batched) {
        return batched && !shape.isEmpty() && shape.get(0) > 0 ? (int) (values.size() / shape.get(0)) : values.size();
    }
}
