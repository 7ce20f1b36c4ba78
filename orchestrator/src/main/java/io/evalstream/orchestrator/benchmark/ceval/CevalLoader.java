package io.evalstream.orchestrator.benchmark.ceval;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Reads C-Eval from the configured path on every call, so a run always sees the data as it is now and a broken
 * file is reported to the request that needs it.
 */
@ApplicationScoped
public class CevalLoader {

    private final CevalConfig config;

    public CevalLoader(CevalConfig config) {
        this.config = config;
    }

    public CevalSource open() {
        return new CevalSource(CevalFiles.at(config.path()));
    }

    /** One opened copy of the data. */
    public record CevalSource(CevalFiles files) {

        public List<CevalSubject> subjects() {
            return SubjectMapping.parse(files.read(CevalFiles.MAPPING), files.describe(CevalFiles.MAPPING));
        }

        public List<CevalRow> rows(CevalSplit split, String subject) {
            String file = split.file(subject);
            return CevalCsv.parse(files.read(file), split, files.describe(file));
        }
    }
}
