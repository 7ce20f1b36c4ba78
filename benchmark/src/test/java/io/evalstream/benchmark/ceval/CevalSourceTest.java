package io.evalstream.benchmark.ceval;

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
class CevalSourceTest {

    static Path dataPath() {
        return Path.of(System.getProperty("evalstream.ceval.path"));
    }

    static CevalSource realData() {
        return CevalSource.open(dataPath());
    }

    @Test
    void directoryHasTheOfficialSubjectsAndRowCounts() {
        CevalSource source = realData();
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
        assertEquals(List.of(), source.warnings());
    }

    @Test
    void shippedMappingIsTheDatasetsMapping() {
        assertEquals(realData().subjects(), CevalSubjects.official());
    }

    @Test
    void officialZipAsDownloadedGivesExactlyWhatTheDirectoryGives(@TempDir Path downloads) throws IOException {
        Path zip = Files.copy(dataPath().resolve("ceval-exam.zip"), downloads.resolve("ceval-exam.zip"));
        CevalSource directory = realData();
        CevalSource asDownloaded = CevalSource.open(zip);
        CevalSource folderWithTheZip = CevalSource.open(downloads);
        assertEquals(ZipFiles.class, asDownloaded.files().getClass());
        assertEquals(ZipFiles.class, folderWithTheZip.files().getClass());
        assertEquals(List.of(), asDownloaded.warnings());
        assertEquals(directory.subjects(), asDownloaded.subjects());
        assertEquals(directory.subjects(), folderWithTheZip.subjects());
        for (CevalSubject subject : directory.subjects()) {
            for (CevalSplit split : CevalSplit.values()) {
                assertEquals(directory.rows(split, subject.key()), asDownloaded.rows(split, subject.key()),
                        split + " " + subject.key());
            }
        }
    }

    @Test
    void unpackedFolderWithoutMappingUsesTheShippedMapping(@TempDir Path unpacked) throws IOException {
        for (String split : List.of("dev", "val", "test")) {
            Files.createSymbolicLink(unpacked.resolve(split), dataPath().resolve(split));
        }
        CevalSource source = CevalSource.open(unpacked);
        assertEquals(CevalSubjects.official(), source.subjects());
        assertEquals(realData().rows(CevalSplit.VAL, "physician"), source.rows(CevalSplit.VAL, "physician"));
    }

    @Test
    void zipWithAnotherChecksumIsUsedWithAWarning(@TempDir Path dir) throws IOException {
        Path copy = dir.resolve("ceval-exam.zip");
        Files.write(copy, Files.readAllBytes(dataPath().resolve("ceval-exam.zip")));
        Files.write(copy, new byte[] {0}, java.nio.file.StandardOpenOption.APPEND);
        CevalSource source = CevalSource.open(copy);
        assertEquals(1, source.warnings().size());
        assertTrue(source.warnings().getFirst().contains(CevalSource.OFFICIAL_SHA256), source.warnings().getFirst());
    }

    @Test
    void valuesAreKeptExactlyAsRead() {
        CevalRow row = realData().rows(CevalSplit.VAL, "high_school_biology").get(15);
        assertEquals("15", row.id());
        assertEquals(List.of("  1/2", "  1/3", "  2/3", "  1/4"), List.of(row.a(), row.b(), row.c(), row.d()));
    }

    @Test
    void columnsAreInOpenCompassOrder() {
        CevalSource source = realData();
        assertEquals(List.of("id", "question", "A", "B", "C", "D", "answer", "explanation"),
                List.copyOf(source.rows(CevalSplit.VAL, "law").getFirst().columns().keySet()));
        assertEquals(List.of("id", "question", "A", "B", "C", "D", "explanation", "answer"),
                List.copyOf(source.rows(CevalSplit.TEST, "law").getFirst().columns().keySet()));
    }

    @Test
    void missingPathIsNamed() {
        CevalDatasetException error = assertThrows(CevalDatasetException.class,
                () -> CevalSource.open(Path.of("/nonexistent/ceval-data")));
        assertTrue(error.getMessage().contains("/nonexistent/ceval-data"), error.getMessage());
        assertTrue(error.getMessage().contains(CevalSource.OFFICIAL_URL), error.getMessage());
    }

    @Test
    void folderWithoutTheDataIsNamed(@TempDir Path empty) {
        CevalDatasetException error = assertThrows(CevalDatasetException.class, () -> CevalSource.open(empty));
        assertTrue(error.getMessage().contains(empty.toString()) && error.getMessage().contains("dev/"),
                error.getMessage());
    }

    @Test
    void fileThatIsNotAZipIsNamed(@TempDir Path dir) throws IOException {
        Path notZip = Files.writeString(dir.resolve("ceval-exam.zip"), "not a zip");
        CevalDatasetException error = assertThrows(CevalDatasetException.class, () -> CevalSource.open(notZip));
        assertTrue(error.getMessage().contains("not a readable zip"), error.getMessage());
    }

    @Test
    void missingColumnNamesTheFileAndColumn() throws Exception {
        CevalSource broken = CevalSource.open(CevalPromptsTest.fixture("ceval-broken"));
        CevalDatasetException error = assertThrows(CevalDatasetException.class,
                () -> broken.rows(CevalSplit.VAL, "toy_physics"));
        assertTrue(error.getMessage().contains("val/toy_physics_val.csv line 1: missing column 'answer'"),
                error.getMessage());
    }

    @Test
    void shortRecordNamesTheFileAndLine() throws Exception {
        CevalSource broken = CevalSource.open(CevalPromptsTest.fixture("ceval-broken"));
        CevalDatasetException error = assertThrows(CevalDatasetException.class,
                () -> broken.rows(CevalSplit.TEST, "toy_history"));
        assertTrue(error.getMessage().contains("test/toy_history_test.csv line 4: missing column 'B'"),
                error.getMessage());
    }

    @Test
    void missingFileIsNamed() throws Exception {
        CevalSource broken = CevalSource.open(CevalPromptsTest.fixture("ceval-broken"));
        CevalDatasetException error = assertThrows(CevalDatasetException.class,
                () -> broken.rows(CevalSplit.VAL, "no_such_subject"));
        assertTrue(error.getMessage().contains("val/no_such_subject_val.csv"), error.getMessage());
    }

    private static int count(CevalSource source, CevalSplit split) {
        return source.subjects().stream().mapToInt(s -> source.rows(split, s.key()).size()).sum();
    }
}
