package io.evalstream.cli.run;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Writes a run's outputs in OpenCompass's layout: {@code <output>/<YYYYmmdd_HHMMSS>/{summary,predictions,results}}. */
public final class OutputFolder {

    /** The letters of a run on a split without answers, {@code {subject: {id: letter}}}, as C-Eval's site takes them. */
    public static final String SUBMISSION = "submission.json";

    private OutputFolder() {
    }

    /**
     * The first timestamp from {@code now} on, a second at a time, whose folder does not exist yet: two runs that end
     * within the same second must not write into one folder.
     */
    public static String freeTimestamp(Path outputRoot, LocalDateTime now, DateTimeFormatter format) {
        LocalDateTime at = now;
        while (Files.exists(outputRoot.resolve(at.format(format)))) {
            at = at.plusSeconds(1);
        }
        return at.format(format);
    }

    public static Path extract(byte[] zip, Path outputRoot, String timestamp) throws IOException {
        Path folder = outputRoot.resolve(timestamp).toAbsolutePath().normalize();
        Files.createDirectories(folder);
        try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                Path target = folder.resolve(entry.getName()).normalize();
                if (!target.startsWith(folder)) {
                    throw new IOException("zip entry escapes the output folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(entries, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return folder;
    }
}
