package io.evalstream.worker.triton;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.google.protobuf.ByteString;

/** Triton's raw tensor encoding: BYTES elements as 4-byte little-endian length + bytes, numbers little-endian. */
public final class TensorCodec {

    private TensorCodec() {
    }

    public static ByteString bytes(List<String> elements) {
        List<byte[]> encoded = elements.stream().map(s -> s.getBytes(StandardCharsets.UTF_8)).toList();
        ByteBuffer buffer = little(encoded.stream().mapToInt(b -> 4 + b.length).sum());
        encoded.forEach(b -> buffer.putInt(b.length).put(b));
        return ByteString.copyFrom(buffer.flip());
    }

    public static ByteString bool(boolean value) {
        return ByteString.copyFrom(new byte[] { (byte) (value ? 1 : 0) });
    }

    public static ByteString int32(int value) {
        return ByteString.copyFrom(little(4).putInt(value).flip());
    }

    public static ByteString fp32(float value) {
        return ByteString.copyFrom(little(4).putFloat(value).flip());
    }

    public static List<String> decodeBytes(ByteString raw) {
        ByteBuffer buffer = raw.asReadOnlyByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
        List<String> elements = new ArrayList<>();
        while (buffer.remaining() >= 4) {
            int length = buffer.getInt();
            if (length < 0 || length > buffer.remaining()) {
                throw new IllegalArgumentException("incomplete BYTES element: length " + length + ", "
                        + buffer.remaining() + " bytes left");
            }
            byte[] element = new byte[length];
            buffer.get(element);
            elements.add(new String(element, StandardCharsets.UTF_8));
        }
        return elements;
    }

    public static List<Long> decodeIntegers(ByteString raw, String datatype) {
        ByteBuffer buffer = raw.asReadOnlyByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
        List<Long> elements = new ArrayList<>();
        while (buffer.hasRemaining()) {
            elements.add(integer(buffer, datatype));
        }
        return elements;
    }

    private static long integer(ByteBuffer buffer, String datatype) {
        return switch (datatype) {
            case "INT32" -> buffer.getInt();
            case "UINT32" -> Integer.toUnsignedLong(buffer.getInt());
            case "INT64", "UINT64" -> buffer.getLong();
            case "INT16" -> buffer.getShort();
            case "UINT16" -> Short.toUnsignedInt(buffer.getShort());
            case "INT8" -> buffer.get();
            case "UINT8" -> Byte.toUnsignedInt(buffer.get());
            default -> throw new IllegalArgumentException("not an integer datatype: " + datatype);
        };
    }

    private static ByteBuffer little(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }
}
