package io.evalstream.sim.generation;

import java.util.List;

import com.google.protobuf.ByteString;

import io.evalstream.sim.model.Datatype;
import io.evalstream.sim.tensor.RawCodec;

/** One response output in raw form. */
public record OutputTensor(String name, Datatype datatype, List<Long> shape, ByteString raw) {

    static OutputTensor strings(String name, List<Long> shape, List<String> values) {
        return new OutputTensor(name, Datatype.BYTES, shape, RawCodec.strings(values));
    }

    static OutputTensor integers(String name, Datatype type, List<Long> shape, List<Long> values) {
        return new OutputTensor(name, type, shape, RawCodec.integers(type, values));
    }
}
