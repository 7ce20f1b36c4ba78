package io.evalstream.sim.tensor;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import com.google.protobuf.ByteString;

import io.evalstream.sim.model.Datatype;
import io.evalstream.triton.proto.InferTensorContents;

/**
 * Converts typed {@code contents} into the raw form, as Triton's gRPC handler does, so that one validation path
 * applies to both forms. A contents field that does not fit the datatype contributes no bytes.
 */
final class ContentsFlattener {

    private ContentsFlattener() {
    }

    static ByteString toRaw(Datatype type, InferTensorContents contents) {
        return switch (type) {
            case BYTES -> contents.getBytesContentsList().stream().map(ContentsFlattener::prefixed)
                    .reduce(ByteString.EMPTY, ByteString::concat);
            case BOOL -> RawCodec.integers(type, contents.getBoolContentsList().stream().map(b -> b ? 1L : 0L).toList());
            case INT8, INT16, INT32 -> RawCodec.integers(type, contents.getIntContentsList().stream().map(Integer::longValue).toList());
            case UINT8, UINT16, UINT32 -> RawCodec.integers(type,
                    contents.getUintContentsList().stream().map(Integer::toUnsignedLong).toList());
            case INT64 -> RawCodec.integers(type, contents.getInt64ContentsList());
            case UINT64 -> RawCodec.integers(type, contents.getUint64ContentsList());
            case FP32 -> floats(contents);
            case FP64 -> doubles(contents);
            case FP16, BF16 -> ByteString.EMPTY;
        };
    }

    private static ByteString prefixed(ByteString element) {
        byte[] length = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(element.size()).array();
        return ByteString.copyFrom(length).concat(element);
    }

    private static ByteString floats(InferTensorContents contents) {
        ByteBuffer buffer = ByteBuffer.allocate(contents.getFp32ContentsCount() * 4).order(ByteOrder.LITTLE_ENDIAN);
        contents.getFp32ContentsList().forEach(buffer::putFloat);
        return ByteString.copyFrom(buffer.array());
    }

    private static ByteString doubles(InferTensorContents contents) {
        ByteBuffer buffer = ByteBuffer.allocate(contents.getFp64ContentsCount() * 8).order(ByteOrder.LITTLE_ENDIAN);
        contents.getFp64ContentsList().forEach(buffer::putDouble);
        return ByteString.copyFrom(buffer.array());
    }
}
