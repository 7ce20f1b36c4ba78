package io.evalstream.benchmark.ceval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The unpacked archive: {@code dev/}, {@code val/}, {@code test/}, optionally {@code subject_mapping.json}. */
record DirectoryFiles(Path root) implements CevalFiles {

    @Override
    public Optional<String> find(String name) {
        Path file = root.resolve(name);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new CevalDatasetException("cannot read C-Eval file " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String describe(String name) {
        return root.resolve(name).toString();
    }
}
