package io.evalstream.benchmark.ceval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * C-Eval's 52 subjects with their English and Chinese names and categories, as OpenCompass's {@code ceval_gen}
 * config lists them (the official archive carries no mapping). Shipped as {@code ceval/subject_mapping.json}.
 */
public final class CevalSubjects {

    static final String RESOURCE = "ceval/subject_mapping.json";

    private static final List<CevalSubject> OFFICIAL = load();

    private CevalSubjects() {
    }

    public static List<CevalSubject> official() {
        return OFFICIAL;
    }

    private static List<CevalSubject> load() {
        try (InputStream in = CevalSubjects.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return SubjectMapping.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
