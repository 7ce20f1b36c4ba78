package io.evalstream.sim.answer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/** Reads the C-Eval questions (dev, val, test) of every subject in subject_mapping.json; values are kept as read. */
final class CevalLoader {

    private static final List<String> SPLITS = List.of("val", "dev", "test");

    private CevalLoader() {
    }

    static List<CevalQuestion> load(Path dir) {
        Map<String, List<String>> subjects = read(dir.resolve("subject_mapping.json"));
        CsvMapper csv = new CsvMapper();
        List<CevalQuestion> questions = new ArrayList<>();
        for (String split : SPLITS) {
            subjects.forEach((subject, names) -> {
                Path file = dir.resolve(split).resolve(subject + "_" + split + ".csv");
                if (Files.exists(file)) {
                    List<Map<String, String>> rows = rows(csv, file);
                    for (int index = 0; index < rows.size(); index++) {
                        Map<String, String> row = rows.get(index);
                        questions.add(new CevalQuestion("ceval/" + split + "/" + subject + "/" + row.get("id"), index,
                                CevalQuestion.block(names.get(1), row.get("question"), row.get("A"), row.get("B"),
                                        row.get("C"), row.get("D")),
                                Optional.ofNullable(row.get("answer")).filter(s -> !s.isEmpty())));
                    }
                }
            });
        }
        return questions;
    }

    private static Map<String, List<String>> read(Path mapping) {
        try {
            return new ObjectMapper().readValue(mapping.toFile(), new TypeReference<LinkedHashMap<String, List<String>>>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read C-Eval subject mapping " + mapping, e);
        }
    }

    /**
     * Reads a subject file as OpenCompass does: Python's text mode turns CRLF and lone CR into LF, also inside quoted
     * fields, so prompts built from these values match the ones the orchestrator renders.
     */
    private static List<Map<String, String>> rows(CsvMapper csv, Path file) {
        try (MappingIterator<Map<String, String>> it = csv.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(java.nio.file.Files.readString(file).replace("\r\n", "\n").replace('\r', '\n'))) {
            return it.readAll();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read C-Eval file " + file, e);
        }
    }
}
