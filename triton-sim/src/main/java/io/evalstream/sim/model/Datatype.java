package io.evalstream.sim.model;

import java.util.Arrays;
import java.util.Optional;

import io.evalstream.triton.proto.DataType;

/** Triton protocol datatypes with their element size in bytes (0 for variable-size BYTES). */
public enum Datatype {
    BOOL(1, DataType.TYPE_BOOL),
    UINT8(1, DataType.TYPE_UINT8),
    UINT16(2, DataType.TYPE_UINT16),
    UINT32(4, DataType.TYPE_UINT32),
    UINT64(8, DataType.TYPE_UINT64),
    INT8(1, DataType.TYPE_INT8),
    INT16(2, DataType.TYPE_INT16),
    INT32(4, DataType.TYPE_INT32),
    INT64(8, DataType.TYPE_INT64),
    FP16(2, DataType.TYPE_FP16),
    FP32(4, DataType.TYPE_FP32),
    FP64(8, DataType.TYPE_FP64),
    BYTES(0, DataType.TYPE_STRING),
    BF16(2, DataType.TYPE_BF16);

    private final int size;
    private final DataType configType;

    Datatype(int size, DataType configType) {
        this.size = size;
        this.configType = configType;
    }

    public int size() {
        return size;
    }

    public DataType configType() {
        return configType;
    }

    public static Optional<Datatype> parse(String name) {
        return Arrays.stream(values()).filter(d -> d.name().equals(name)).findFirst();
    }
}
