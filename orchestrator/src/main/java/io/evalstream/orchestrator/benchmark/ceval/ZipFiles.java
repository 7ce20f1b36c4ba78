package io.evalstream.orchestrator.benchmark.ceval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The official {@code ceval-exam.zip}. It holds only the split folders (possibly under one top folder);
 * {@code subject_mapping.json} comes from the zip when present, else from the zip's folder.
 */
record ZipFiles(Path zip) implements CevalFiles {

    @Override
    public String read(String name) {
        try (ZipFile archive = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
            Optional<? extends ZipEntry> entry = Collections.list(archive.entries()).stream()
                    .filter(e -> !e.isDirectory())
                    .filter(e -> e.getName().equals(name) || e.getName().endsWith("/" + name))
                    .findFirst();
            if (entry.isPresent()) {
                return new String(archive.getInputStream(entry.get()).readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new CevalDatasetException("cannot read C-Eval archive " + zip + ": " + e.getMessage(), e);
        }
        if (CevalFiles.MAPPING.equals(name) && zip.getParent() != null
                && Files.isRegularFile(zip.getParent().resolve(name))) {
            return new DirectoryFiles(zip.getParent()).read(name);
        }
        throw new CevalDatasetException("C-Eval file missing: " + describe(name));
    }

    @Override
    public String describe(String name) {
        return zip + "!/" + name;
    }
}
