package io.evalstream.sim.answer;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/**
 * Chooses the answer letter. {@code oracleRate} empty means the random policy; otherwise the gold letter is given
 * when the question id's SHA-256 bucket (first 4 bytes, big-endian unsigned, mod 10000) is below rate x 10000, and
 * the next letter (A to B to C to D to A) otherwise. Unknown gold always falls back to the prompt-hash letter.
 */
public record AnswerPolicy(Optional<Double> oracleRate, AnswerStyle style) implements Policy {

    private static final String LETTERS = "ABCD";

    @Override
    public Answer answer(Optional<CevalQuestion> question, String questionId, String prompt) {
        return new Answer(style.render(letter(question, prompt)), false);
    }

    public char letter(Optional<CevalQuestion> question, String prompt) {
        if (oracleRate.isEmpty() || question.flatMap(CevalQuestion::gold).isEmpty()) {
            return randomLetter(prompt);
        }
        CevalQuestion q = question.get();
        char gold = q.gold().get().charAt(0);
        if (bucket(q.id()) < oracleRate.get() * 10000) {
            return gold;
        }
        int index = LETTERS.indexOf(gold);
        return index < 0 ? gold : LETTERS.charAt((index + 1) % 4);
    }

    static long bucket(String questionId) {
        return Integer.toUnsignedLong(ByteBuffer.wrap(sha256(questionId)).getInt()) % 10000;
    }

    /** The letter at index (first SHA-256 byte of the UTF-8 prompt, unsigned) mod 4. */
    static char randomLetter(String prompt) {
        return LETTERS.charAt(Byte.toUnsignedInt(sha256(prompt)[0]) % 4);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
