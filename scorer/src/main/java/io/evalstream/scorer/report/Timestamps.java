package io.evalstream.scorer.report;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/** OpenCompass's output folder names: {@code YYYYmmdd_HHMMSS}, local time. */
public final class Timestamps {

    private static final Pattern FORMAT = Pattern.compile("\\d{8}_\\d{6}");
    private static final DateTimeFormatter FORMATTER = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss");

    private Timestamps() {
    }

    public static String orNow(String requested) {
        if (requested == null || requested.isEmpty()) {
            return LocalDateTime.now().format(FORMATTER);
        }
        if (!FORMAT.matcher(requested).matches()) {
            throw new InvalidTimestampException(requested);
        }
        return requested;
    }
}
