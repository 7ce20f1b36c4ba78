package io.evalstream.benchmark.ceval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Reads files of the official C-Eval layout by their relative name, e.g. {@code val/computer_network_val.csv}. */
public sealed interface CevalFiles permits DirectoryFiles, ZipFiles {

    String ARCHIVE = "ceval-exam.zip";
    String MAPPING = "subject_mapping.json";

    /** The file's text (UTF-8), or empty when there is no such file. */
    Optional<String> find(String name);

    /** Where a file is read from, for error messages. */
    String describe(String name);

    /** The file's text; throws {@link CevalDatasetException} naming the file when it is missing. */
    default String read(String name) {
        return find(name).orElseThrow(() -> new CevalDatasetException("C-Eval file missing: " + describe(name)));
    }

    /** The zip as downloaded, its unpacked folder, or a folder holding the zip. */
    static CevalFiles at(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        if (Files.isRegularFile(absolute)) {
            return ZipFiles.open(absolute);
        }
        if (!Files.isDirectory(absolute)) {
            throw new CevalDatasetException("C-Eval data not found: " + absolute + " does not exist. "
                    + CevalSource.WHAT_TO_PASS);
        }
        if (Files.isDirectory(absolute.resolve("dev")) && Files.isDirectory(absolute.resolve("val"))) {
            return new DirectoryFiles(absolute);
        }
        if (Files.isRegularFile(absolute.resolve(ARCHIVE))) {
            return ZipFiles.open(absolute.resolve(ARCHIVE));
        }
        throw new CevalDatasetException("C-Eval data not found in " + absolute + ": it holds neither the folders dev/, "
                + "val/ and test/ nor " + ARCHIVE + ". " + CevalSource.WHAT_TO_PASS);
    }
}
