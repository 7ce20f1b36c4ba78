package io.evalstream.orchestrator.run.api;

import io.evalstream.orchestrator.run.RunRejectedException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** A request body decoded as UTF-8, refusing bytes that are not UTF-8 instead of replacing them. */
final class Utf8Body {

    private Utf8Body() {
    }

    static String decode(byte[] body) {
        if (body == null) {
            return "";
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new RunRejectedException("body", "the body is not valid UTF-8 text; send JSON encoded as UTF-8");
        }
    }
}
