package io.evalstream.orchestrator.benchmark.ceval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The extracted archive: {@code dev/}, {@code val/}, {@code test/} and {@code subject_mapping.json}. */
record DirectoryFiles(Path root) implements CevalFiles {

    @Override
    public String read(String name) {
        Path file = root.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new CevalDatasetException("C-Eval file missing: " + file);
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CevalDatasetException("cannot read C-Eval file " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String describe(String name) {
        return root.resolve(name).toString();
    }
}
