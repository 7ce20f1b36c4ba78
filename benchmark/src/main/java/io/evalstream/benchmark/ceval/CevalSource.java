package io.evalstream.benchmark.ceval;

import io.evalstream.benchmark.prompt.Hashes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One opened copy of C-Eval: the official {@code ceval-exam.zip} as downloaded, its unpacked folder, or a folder
 * holding the zip, with or without a {@code subject_mapping.json} beside the data (without one, the mapping of
 * OpenCompass's {@code ceval_gen} config is used).
 */
public final class CevalSource {

    /** Where the C-Eval authors publish the archive. */
    public static final String OFFICIAL_URL =
            "https://huggingface.co/datasets/ceval/ceval-exam/resolve/main/ceval-exam.zip";
    public static final String OFFICIAL_SHA256 = "68786deeea68ff089c56563ee48fab8160da857b77b913437bb504d681fd8e20";
    static final String WHAT_TO_PASS = "Expected the official " + CevalFiles.ARCHIVE + " (" + OFFICIAL_URL
            + ") or the folder it unpacks to (dev/, val/, test/).";

    private final CevalFiles files;
    private final List<CevalSubject> subjects;
    private final List<String> warnings;

    private CevalSource(CevalFiles files, List<CevalSubject> subjects, List<String> warnings) {
        this.files = files;
        this.subjects = subjects;
        this.warnings = warnings;
    }

    /**
     * Opens and checks the data at {@code path}; a missing path, an unknown layout or a broken mapping file is a
     * {@link CevalDatasetException} whose message says what is wrong. A zip whose checksum is not the official one
     * is accepted with a warning.
     */
    public static CevalSource open(Path path) {
        CevalFiles files = CevalFiles.at(path);
        List<CevalSubject> subjects = files.find(CevalFiles.MAPPING)
                .map(text -> SubjectMapping.parse(text, files.describe(CevalFiles.MAPPING)))
                .orElseGet(CevalSubjects::official);
        List<String> warnings = new ArrayList<>();
        if (files instanceof ZipFiles(Path zip)) {
            String checksum = sha256(zip);
            if (!OFFICIAL_SHA256.equals(checksum)) {
                warnings.add("C-Eval archive " + zip + " has SHA-256 " + checksum + ", not the official "
                        + OFFICIAL_SHA256 + " (" + OFFICIAL_URL + "); using it anyway");
            }
        }
        return new CevalSource(files, subjects, List.copyOf(warnings));
    }

    public CevalFiles files() {
        return files;
    }

    /** The subjects in mapping order (the report order). */
    public List<CevalSubject> subjects() {
        return subjects;
    }

    public Optional<CevalSubject> subject(String key) {
        return subjects.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    public List<CevalRow> rows(CevalSplit split, String subject) {
        String file = split.file(subject);
        return CevalCsv.parse(files.read(file), split, files.describe(file));
    }

    /** Problems that do not stop a run, e.g. an archive that is not the official one. */
    public List<String> warnings() {
        return warnings;
    }

    private static String sha256(Path file) {
        try {
            return Hashes.sha256(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new CevalDatasetException("cannot read C-Eval archive " + file + ": " + e.getMessage(), e);
        }
    }
}
