package io.evalstream.sim.tensor;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.google.protobuf.ByteString;

import io.evalstream.sim.model.Datatype;

/** Triton's raw tensor encoding: little-endian elements, BYTES as 4-byte LE length + bytes. */
public final class RawCodec {

    private RawCodec() {
    }

    public static ByteString strings(List<String> values) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String value : values) {
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            out.writeBytes(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(bytes.length).array());
            out.writeBytes(bytes);
        }
        return ByteString.copyFrom(out.toByteArray());
    }

    public static ByteString integers(Datatype type, List<Long> values) {
        ByteBuffer buffer = ByteBuffer.allocate(values.size() * type.size()).order(ByteOrder.LITTLE_ENDIAN);
        for (long value : values) {
            switch (type.size()) {
                case 1 -> buffer.put((byte) value);
                case 2 -> buffer.putShort((short) value);
                case 4 -> buffer.putInt((int) value);
                default -> buffer.putLong(value);
            }
        }
        return ByteString.copyFrom(buffer.array());
    }

    /** Decodes fixed-size elements of one tensor; the caller has checked the byte size. */
    static List<Object> fixed(Datatype type, ByteBuffer buffer) {
        buffer.order(ByteOrder.LITTLE_ENDIAN);
        List<Object> values = new ArrayList<>();
        while (buffer.remaining() >= type.size()) {
            values.add(switch (type) {
                case BOOL -> buffer.get() != 0;
                case INT8 -> (long) buffer.get();
                case UINT8 -> (long) Byte.toUnsignedInt(buffer.get());
                case INT16 -> (long) buffer.getShort();
                case UINT16 -> (long) Short.toUnsignedInt(buffer.getShort());
                case INT32 -> (long) buffer.getInt();
                case UINT32 -> Integer.toUnsignedLong(buffer.getInt());
                case INT64, UINT64 -> buffer.getLong();
                case FP32 -> (double) buffer.getFloat();
                case FP64 -> buffer.getDouble();
                default -> (long) buffer.getShort();
            });
        }
        return values;
    }
}
