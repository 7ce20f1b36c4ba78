package io.evalstream.api.errors;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** A request body decoded as UTF-8, refusing bytes that are not UTF-8 instead of replacing them. */
public final class Utf8Body {

    public static final FieldError NOT_UTF8 =
            new FieldError("body", "the body is not valid UTF-8 text; send JSON encoded as UTF-8");

    private Utf8Body() {
    }

    /** The text, or empty when the bytes are not UTF-8 ({@link #NOT_UTF8} says so); no body is empty text. */
    public static Optional<String> decode(byte[] body) {
        if (body == null) {
            return Optional.of("");
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
