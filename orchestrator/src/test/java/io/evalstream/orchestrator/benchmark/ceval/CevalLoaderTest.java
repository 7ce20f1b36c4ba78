package io.evalstream.orchestrator.benchmark.ceval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The official C-Eval copy (counts from the C-Eval paper and counts.tsv) read from the folders and the zip. */
class CevalLoaderTest {

    static Path dataPath() {
        return Path.of(System.getProperty("evalstream.ceval.path"));
    }

    static CevalLoader.CevalSource realData() {
        return new CevalLoader(() -> dataPath()).open();
    }

    @Test
    void directoryHasTheOfficialSubjectsAndRowCounts() {
        CevalLoader.CevalSource source = realData();
        assertEquals(DirectoryFiles.class, source.files().getClass());
        List<CevalSubject> subjects = source.subjects();
        assertEquals(52, subjects.size());
        assertEquals(new CevalSubject("computer_network", "Computer Network", "计算机网络", "STEM"), subjects.getFirst());
        assertEquals("physician", subjects.getLast().key());
        assertEquals(Map.of("STEM", 20L, "Social Science", 10L, "Humanities", 11L, "Other", 11L),
                subjects.stream().collect(Collectors.groupingBy(CevalSubject::category, Collectors.counting())));
        assertEquals(260, count(source, CevalSplit.DEV));
        assertEquals(1346, count(source, CevalSplit.VAL));
        assertEquals(12342, count(source, CevalSplit.TEST));
        assertTrue(source.rows(CevalSplit.TEST, "computer_network").stream().allMatch(r -> r.answer().isEmpty()));
    }

    @Test
    void zipGivesExactlyWhatTheDirectoryGives(@TempDir Path folderWithOnlyTheZip) throws IOException {
        CevalLoader.CevalSource directory = realData();
        CevalLoader.CevalSource zip = new CevalLoader(() -> dataPath().resolve("ceval-exam.zip")).open();
        Files.createSymbolicLink(folderWithOnlyTheZip.resolve("ceval-exam.zip"), dataPath().resolve("ceval-exam.zip"));
        Files.createSymbolicLink(folderWithOnlyTheZip.resolve("subject_mapping.json"),
                dataPath().resolve("subject_mapping.json"));
        CevalLoader.CevalSource zipInFolder = new CevalLoader(() -> folderWithOnlyTheZip).open();
        assertEquals(ZipFiles.class, zip.files().getClass());
        assertEquals(ZipFiles.class, zipInFolder.files().getClass());
        assertEquals(directory.subjects(), zip.subjects());
        assertEquals(directory.subjects(), zipInFolder.subjects());
        for (CevalSubject subject : directory.subjects()) {
            for (CevalSplit split : CevalSplit.values()) {
                assertEquals(directory.rows(split, subject.key()), zip.rows(split, subject.key()),
                        split + " " + subject.key());
            }
        }
    }

    @Test
    void valuesAreKeptExactlyAsRead() {
        CevalRow row = realData().rows(CevalSplit.VAL, "high_school_biology").get(15);
        assertEquals("15", row.id());
        assertEquals(List.of("  1/2", "  1/3", "  2/3", "  1/4"), List.of(row.a(), row.b(), row.c(), row.d()));
    }

    @Test
    void missingPathIsNamed() {
        CevalDatasetException error = assertThrows(CevalDatasetException.class,
                () -> new CevalLoader(() -> Path.of("/nonexistent/ceval-data")).open());
        assertTrue(error.getMessage().contains("/nonexistent/ceval-data"), error.getMessage());
    }

    @Test
    void missingColumnNamesTheFileAndColumn() throws Exception {
        CevalLoader.CevalSource broken = new CevalLoader(() -> fixture("ceval-broken")).open();
        CevalDatasetException error = assertThrows(CevalDatasetException.class,
                () -> broken.rows(CevalSplit.VAL, "toy_physics"));
        assertTrue(error.getMessage().contains("val/toy_physics_val.csv line 1: missing column 'answer'"),
                error.getMessage());
    }

    @Test
    void shortRecordNamesTheFileAndLine() throws Exception {
        CevalLoader.CevalSource broken = new CevalLoader(() -> fixture("ceval-broken")).open();
        CevalDatasetException error = assertThrows(CevalDatasetException.class,
                () -> broken.rows(CevalSplit.TEST, "toy_history"));
        assertTrue(error.getMessage().contains("test/toy_history_test.csv line 4: missing column 'B'"),
                error.getMessage());
    }

    @Test
    void missingFileIsNamed() throws Exception {
        CevalLoader.CevalSource broken = new CevalLoader(() -> fixture("ceval-broken")).open();
        CevalDatasetException error = assertThrows(CevalDatasetException.class,
                () -> broken.rows(CevalSplit.VAL, "no_such_subject"));
        assertTrue(error.getMessage().contains("val/no_such_subject_val.csv"), error.getMessage());
    }

    private static Path fixture(String name) {
        try {
            return CevalPromptsTest.fixture(name);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static int count(CevalLoader.CevalSource source, CevalSplit split) {
        return source.subjects().stream().mapToInt(s -> source.rows(split, s.key()).size()).sum();
    }
}
