package io.evalstream.sim.tensor;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.google.protobuf.ByteString;

import io.evalstream.sim.model.Datatype;

/** Decodes one tensor's raw bytes against its expected element count, with Triton's error messages. */
final class ElementDecoder {

    private ElementDecoder() {
    }

    static List<Object> decode(String prefix, String input, String model, Datatype type, long expected, ByteString raw) {
        if (type != Datatype.BYTES) {
            long expectedBytes = expected * type.size();
            if (raw.size() != expectedBytes) {
                throw TritonException.invalid(prefix + "input byte size mismatch for input '" + input + "' for model '"
                        + model + "'. Expected " + expectedBytes + ", got " + raw.size());
            }
            return RawCodec.fixed(type, raw.asReadOnlyByteBuffer());
        }
        return strings(prefix, input, model, expected, raw.asReadOnlyByteBuffer().order(ByteOrder.LITTLE_ENDIAN));
    }

    private static List<Object> strings(String prefix, String input, String model, long expected, ByteBuffer buffer) {
        String where = " for inference input '" + input + "' for model '" + model + "'";
        List<Object> values = new ArrayList<>();
        while (buffer.hasRemaining()) {
            if (buffer.remaining() < 4) {
                throw TritonException.invalid(prefix + "incomplete string length indicator" + where
                        + ", expecting 4 bytes but only " + buffer.remaining() + " bytes available."
                        + " Please make sure the string length indicator is in one buffer.");
            }
            long length = Integer.toUnsignedLong(buffer.getInt());
            if (length > buffer.remaining()) {
                throw TritonException.invalid(prefix + "incomplete string" + where + ", expecting string of length "
                        + length + " but only " + buffer.remaining() + " bytes available");
            }
            if (values.size() == expected) {
                throw TritonException.invalid(prefix + "unexpected number of string elements " + (values.size() + 1)
                        + where + ", expecting " + expected);
            }
            byte[] bytes = new byte[(int) length];
            buffer.get(bytes);
            values.add(new String(bytes, StandardCharsets.UTF_8));
        }
        if (values.size() != expected) {
            throw TritonException.invalid(prefix + "expected " + expected + " string elements" + where + ", got "
                    + values.size());
        }
        return values;
    }
}
