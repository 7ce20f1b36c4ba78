package io.evalstream.cli.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFolderTest {

    @TempDir
    Path output;

    @Test
    void extractsUnderTheTimestampFolder() throws IOException {
        Path folder = OutputFolder.extract(zip("results/m/ceval-logic.json", "{\"accuracy\": 50.0}"), output,
                "20261128_120000");
        assertEquals(output.resolve("20261128_120000").toAbsolutePath(), folder);
        assertEquals("{\"accuracy\": 50.0}", Files.readString(folder.resolve("results/m/ceval-logic.json")));
    }

    @Test
    void refusesEntriesOutsideTheFolder() throws IOException {
        byte[] zip = zip("../../escape.txt", "x");
        assertThrows(IOException.class, () -> OutputFolder.extract(zip, output, "20261128_120000"));
    }

    private static byte[] zip(String name, String content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    @Test
    void aRunEndingInTheSameSecondAsTheLastGetsTheNextFreeFolder(@TempDir Path root) throws IOException {
        DateTimeFormatter format = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss");
        LocalDateTime now = LocalDateTime.of(2026, 12, 1, 8, 59, 59);
        assertEquals("20261201_085959", OutputFolder.freeTimestamp(root, now, format));
        Files.createDirectories(root.resolve("20261201_085959"));
        Files.createDirectories(root.resolve("20261201_090000"));
        assertEquals("20261201_090001", OutputFolder.freeTimestamp(root, now, format));
    }
}
