package io.evalstream.benchmark.ceval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The version column against {@code ceval-reference/reference_versions.py}: Python's json.dumps and hashlib. */
class CevalVersionTest {

    @Test
    void everySubjectHasOpenCompassVersion() throws Exception {
        List<String> expected = ReferencePromptsTest.resource("/ceval-reference/versions.tsv");
        List<String> actual = CevalSubjects.official().stream().map(s -> s.key() + "\t" + CevalVersion.of(s)).toList();
        assertEquals(52, expected.size());
        assertEquals(expected, actual);
    }

    @Test
    void knownValuesOfTheInternLmTutorialRun() {
        assertEquals("db9ce2", CevalVersion.of(subject("computer_network")));
        assertEquals("6e277d", CevalVersion.of(subject("physician")));
    }

    private static CevalSubject subject(String key) {
        return CevalSubjects.official().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
    }
}
