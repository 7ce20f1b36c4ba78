package io.evalstream.benchmark.prompt;

import java.util.Map;
import java.util.SequencedMap;

/**
 * OpenCompass's {@code safe_format} ({@code opencompass/utils/prompt.py}): for each key of the row in order, every
 * {@code {key}} in the text produced so far is replaced by the value. A placeholder that an earlier value brought in
 * is therefore filled by a later key; one whose key came earlier stays literal.
 */
public final class SafeFormat {

    private SafeFormat() {
    }

    public static String apply(String text, SequencedMap<String, String> row) {
        String filled = text;
        for (Map.Entry<String, String> column : row.entrySet()) {
            filled = filled.replace("{" + column.getKey() + "}", column.getValue());
        }
        return filled;
    }
}
