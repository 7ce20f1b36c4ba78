package io.evalstream.cli.stack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/** The lines of a service's log that say why it failed: its errors and their causes, else its last lines. */
final class LogExcerpt {

    private static final Pattern ERROR = Pattern.compile("\\b(ERROR|FATAL|SEVERE)\\b|Exception|^Caused by:|^Error");
    private static final int MAX_LINES = 12;

    private LogExcerpt() {
    }

    static String of(Path log) {
        List<String> lines;
        try {
            lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "  (no log at " + log + ")";
        }
        List<String> errors = lines.stream().filter(l -> ERROR.matcher(l).find() && !l.startsWith("\tat ")).toList();
        List<String> shown = errors.isEmpty() ? lines : errors;
        shown = shown.subList(Math.max(0, shown.size() - MAX_LINES), shown.size());
        StringBuilder excerpt = new StringBuilder();
        shown.forEach(line -> excerpt.append("  ").append(line.length() > 400 ? line.substring(0, 400) + " …" : line)
                .append('\n'));
        return excerpt.append("  (whole log: ").append(log).append(')').toString();
    }
}
