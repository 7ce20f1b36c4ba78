package io.evalstream.cli.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** The subject keys of {@code subject_mapping.json}, from the data folder, the zip or the zip's folder. */
final class CevalSubjects {

    private static final String MAPPING = "subject_mapping.json";

    private CevalSubjects() {
    }

    static Set<String> read(Path cevalPath) {
        try {
            if (Files.isDirectory(cevalPath)) {
                return keys(Files.newInputStream(cevalPath.resolve(MAPPING)));
            }
            try (ZipFile zip = new ZipFile(cevalPath.toFile())) {
                ZipEntry entry = zip.stream().filter(e -> e.getName().endsWith(MAPPING)).findFirst().orElse(null);
                if (entry != null) {
                    return keys(zip.getInputStream(entry));
                }
            }
            return keys(Files.newInputStream(cevalPath.resolveSibling(MAPPING)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read C-Eval's " + MAPPING + " at " + cevalPath + ": " + e, e);
        }
    }

    private static Set<String> keys(InputStream mapping) throws IOException {
        try (mapping) {
            Set<String> keys = new LinkedHashSet<>();
            new ObjectMapper().readTree(mapping).fieldNames().forEachRemaining(keys::add);
            return keys;
        }
    }
}
