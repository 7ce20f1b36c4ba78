package io.evalstream.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The files of a run's output folder ({@code <root>/<YYYYmmdd_HHMMSS>/...}) with the folder's timestamp replaced by
 * {@code <timestamp>} in names and contents, so that two runs compare byte for byte apart from when they ran.
 */
record OutputTree(Map<String, byte[]> files) {

    static final String TIMESTAMP = "<timestamp>";

    static OutputTree read(Path folder) throws IOException {
        String timestamp = folder.getFileName().toString();
        byte[] stamp = timestamp.getBytes(StandardCharsets.UTF_8);
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path file : paths.filter(Files::isRegularFile).toList()) {
                String name = folder.relativize(file).toString().replace('\\', '/').replace(timestamp, TIMESTAMP);
                files.put(name, replace(Files.readAllBytes(file), stamp, TIMESTAMP.getBytes(StandardCharsets.UTF_8)));
            }
        }
        return new OutputTree(files);
    }

    /** What differs from {@code expected}: missing, extra and changed files; empty when identical. */
    List<String> differencesFrom(OutputTree expected) {
        List<String> differences = new ArrayList<>();
        Set<String> names = new TreeSet<>(expected.files.keySet());
        names.addAll(files.keySet());
        for (String name : names) {
            byte[] want = expected.files.get(name);
            byte[] got = files.get(name);
            if (got == null) {
                differences.add("missing " + name);
            } else if (want == null) {
                differences.add("unexpected " + name);
            } else if (!java.util.Arrays.equals(want, got)) {
                differences.add("differs " + name + " (first difference at byte "
                        + java.util.Arrays.mismatch(want, got) + ")");
            }
        }
        return differences;
    }

    private static byte[] replace(byte[] content, byte[] target, byte[] replacement) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(content.length);
        int i = 0;
        while (i < content.length) {
            if (i + target.length <= content.length
                    && java.util.Arrays.equals(content, i, i + target.length, target, 0, target.length)) {
                out.writeBytes(replacement);
                i += target.length;
            } else {
                out.write(content[i++]);
            }
        }
        return out.toByteArray();
    }
}
