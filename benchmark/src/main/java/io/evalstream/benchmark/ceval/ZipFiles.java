package io.evalstream.benchmark.ceval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The official {@code ceval-exam.zip}. It holds only the split folders (possibly under one top folder); a
 * {@code subject_mapping.json} is taken from the zip or from beside it when there is one.
 */
record ZipFiles(Path zip) implements CevalFiles {

    /** Checks that the file is a zip with the C-Eval split folders. */
    static ZipFiles open(Path zip) {
        try (ZipFile archive = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
            boolean hasDev = Collections.list(archive.entries()).stream()
                    .anyMatch(e -> e.getName().matches("(.*/)?dev/[^/]+_dev\\.csv"));
            if (!hasDev) {
                throw new CevalDatasetException("C-Eval archive " + zip + " has no dev/<subject>_dev.csv files. "
                        + CevalSource.WHAT_TO_PASS);
            }
        } catch (IOException e) {
            throw new CevalDatasetException("C-Eval data " + zip + " is not a readable zip archive (" + e.getMessage()
                    + "). " + CevalSource.WHAT_TO_PASS, e);
        }
        return new ZipFiles(zip);
    }

    @Override
    public Optional<String> find(String name) {
        try (ZipFile archive = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
            Optional<? extends ZipEntry> entry = Collections.list(archive.entries()).stream()
                    .filter(e -> !e.isDirectory())
                    .filter(e -> e.getName().equals(name) || e.getName().endsWith("/" + name))
                    .findFirst();
            if (entry.isPresent()) {
                return Optional.of(new String(archive.getInputStream(entry.get()).readAllBytes(),
                        StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new CevalDatasetException("cannot read C-Eval archive " + zip + ": " + e.getMessage(), e);
        }
        if (CevalFiles.MAPPING.equals(name) && zip.getParent() != null
                && Files.isRegularFile(zip.getParent().resolve(name))) {
            return new DirectoryFiles(zip.getParent()).find(name);
        }
        return Optional.empty();
    }

    @Override
    public String describe(String name) {
        return zip + "!/" + name;
    }
}
