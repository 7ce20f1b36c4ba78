package io.evalstream.scorer.ceval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CevalSubjectsTest {

    static Path cevalPath() {
        return Path.of(System.getProperty("evalstream.ceval.path"));
    }

    @Test
    void tableMatchesTheDatasetsSubjectMappingInOrderAndCategory() throws IOException {
        JsonNode mapping = new ObjectMapper().readTree(cevalPath().resolve("subject_mapping.json").toFile());
        List<String> subjects = new ArrayList<>();
        mapping.fieldNames().forEachRemaining(subjects::add);
        assertEquals(subjects, CevalSubjects.all());
        for (String subject : subjects) {
            String label = mapping.get(subject).get(2).asText();
            assertEquals(label, CevalSubjects.category(subject).orElseThrow().label(), subject);
        }
    }

    @Test
    void categoriesHaveTheDocumentedSizesAndHardHasEightStemSubjects() {
        long[] sizes = Arrays.stream(Category.values())
                .mapToLong(c -> CevalSubjects.all().stream().filter(s -> CevalSubjects.category(s).orElseThrow() == c)
                        .count()).toArray();
        assertEquals(List.of(20L, 10L, 11L, 11L), Arrays.stream(sizes).boxed().toList());
        assertEquals(8, CevalSubjects.HARD.size());
        CevalSubjects.HARD.forEach(s -> assertEquals(Category.STEM, CevalSubjects.category(s).orElseThrow(), s));
    }
}
