package io.evalstream.benchmark.postprocess;

import java.util.OptionalInt;

/**
 * OpenCompass's {@code first_capital_postprocess}: the first code point that is uppercase in the Unicode sense, or the
 * empty string. "The answer is B" therefore yields "T", and a full-width "Ｂ" yields "Ｂ".
 */
public final class FirstCapital implements Postprocessor {

    @Override
    public String extract(String output) {
        OptionalInt first = output.codePoints().filter(Character::isUpperCase).findFirst();
        return first.isPresent() ? Character.toString(first.getAsInt()) : "";
    }
}
