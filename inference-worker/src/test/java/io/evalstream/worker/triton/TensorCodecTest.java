package io.evalstream.worker.triton;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.google.protobuf.ByteString;

class TensorCodecTest {

    @Test
    void bytesElementsAreLengthPrefixedLittleEndian() {
        assertArrayEquals(new byte[] { 2, 0, 0, 0, 'h', 'i', 3, 0, 0, 0, (byte) 0xe7, (byte) 0xad, (byte) 0x94 },
                TensorCodec.bytes(List.of("hi", "答")).toByteArray());
    }

    @Test
    void bytesRoundTrip() {
        List<String> elements = List.of("", "A", "以下是中国关于计算机网络考试的单项选择题\n答案: ");
        assertEquals(elements, TensorCodec.decodeBytes(TensorCodec.bytes(elements)));
    }

    @Test
    void numbersAreLittleEndian() {
        assertArrayEquals(new byte[] { 100, 0, 0, 0 }, TensorCodec.int32(100).toByteArray());
        assertArrayEquals(new byte[] { 0, 0, 0x40, 0x3f }, TensorCodec.fp32(0.75f).toByteArray());
        assertArrayEquals(new byte[] { 1 }, TensorCodec.bool(true).toByteArray());
    }

    @Test
    void decodesUnsignedAndSignedIntegers() {
        ByteString raw = ByteString.copyFrom(new byte[] { (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, 7, 0, 0, 0 });
        assertEquals(List.of(4294967295L, 7L), TensorCodec.decodeIntegers(raw, "UINT32"));
        assertEquals(List.of(-1L, 7L), TensorCodec.decodeIntegers(raw, "INT32"));
    }

    @Test
    void rejectsTruncatedElements() {
        ByteString truncated = ByteString.copyFrom(new byte[] { 5, 0, 0, 0, 'a' });
        assertThrows(IllegalArgumentException.class, () -> TensorCodec.decodeBytes(truncated));
    }
}
