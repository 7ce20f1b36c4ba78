package io.evalstream.scorer.console;

import io.quarkus.qute.TemplateExtension;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the console writes numbers, times and durations; in the templates as {fmt:percent(value)}. */
@TemplateExtension(namespace = "fmt")
public final class Formats {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private Formats() {
    }

    /** "12.3 q/s", or a dash. */
    public static String rate(Double questionsPerSecond) {
        return questionsPerSecond == null ? "–" : String.format(Locale.ROOT, "%.1f q/s", questionsPerSecond);
    }

    /** "1 h 02 min", "3 min 05 s", "12 s", or a dash. */
    public static String duration(Duration duration) {
        if (duration == null) {
            return "–";
        }
        long seconds = Math.max(0, duration.toSeconds());
        if (seconds >= 3600) {
            return String.format(Locale.ROOT, "%d h %02d min", seconds / 3600, seconds % 3600 / 60);
        }
        return seconds >= 60 ? String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60)
                : seconds + " s";
    }

    /** Two decimals, as the summary writes accuracies; a dash for none. */
    public static String percent(Double value) {
        return value == null ? "–" : String.format(Locale.ROOT, "%.2f", value);
    }

    /** A signed difference with two decimals. */
    public static String signed(Double value) {
        return value == null ? "–" : String.format(Locale.ROOT, "%+.2f", value);
    }

    /** "up" or "down" for a difference the summary's two decimals show, "" otherwise (a CSS class). */
    public static String trend(Double difference) {
        if (difference == null || Math.abs(difference) < Comparison.SHOWN) {
            return "";
        }
        return difference > 0 ? "up" : "down";
    }

    public static String time(Instant instant) {
        return instant == null ? "–" : TIME.format(instant);
    }

    public static String millis(double value) {
        return String.format(Locale.ROOT, "%.1f ms", value);
    }
}
