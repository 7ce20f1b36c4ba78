package io.evalstream.orchestrator.benchmark.ceval;

import java.nio.file.Files;
import java.nio.file.Path;

/** Reads files of the official C-Eval layout by their relative name, e.g. {@code val/computer_network_val.csv}. */
public sealed interface CevalFiles permits DirectoryFiles, ZipFiles {

    String ARCHIVE = "ceval-exam.zip";
    String MAPPING = "subject_mapping.json";

    /** The file's text (UTF-8); throws {@link CevalDatasetException} naming the file when it is missing. */
    String read(String name);

    /** Where a file is read from, for error messages. */
    String describe(String name);

    /** A zip file, a directory with the split folders, or a directory holding {@code ceval-exam.zip}. */
    static CevalFiles at(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        if (Files.isRegularFile(absolute)) {
            return new ZipFiles(absolute);
        }
        if (!Files.isDirectory(absolute)) {
            throw new CevalDatasetException("C-Eval data not found: " + absolute + " does not exist");
        }
        if (!Files.isDirectory(absolute.resolve("dev")) && Files.isRegularFile(absolute.resolve(ARCHIVE))) {
            return new ZipFiles(absolute.resolve(ARCHIVE));
        }
        return new DirectoryFiles(absolute);
    }
}
