package io.evalstream.worker.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import io.evalstream.pipeline.Question;

/** Real C-Eval val questions read straight from the CSVs, with their gold letters, rendered zero-shot. */
public final class CevalFixture {

    private CevalFixture() {
    }

    public static Path root() {
        return Path.of(System.getProperty("evalstream.ceval.path", "../../shared/datasets/ceval")).toAbsolutePath();
    }

    /** The val questions of a subject at the given row indexes. */
    public static List<Question> val(String subject, int... rows) {
        List<Map<String, String>> all = rows(root().resolve("val").resolve(subject + "_val.csv"));
        String chinese = chineseName(subject);
        return java.util.Arrays.stream(rows).mapToObj(row -> {
            Map<String, String> r = all.get(row);
            String prompt = "以下是中国关于" + chinese + "考试的单项选择题，请选出其中的正确答案。\n" + r.get("question")
                    + "\nA. " + r.get("A") + "\nB. " + r.get("B") + "\nC. " + r.get("C") + "\nD. " + r.get("D")
                    + "\n答案: ";
            return Question.newBuilder()
                    .setQuestionId("ceval/val/" + subject + "/" + r.get("id"))
                    .setSubject(subject)
                    .setIndex(row)
                    .setPrompt(prompt)
                    .setGold(r.get("answer"))
                    .build();
        }).toList();
    }

    private static List<Map<String, String>> rows(Path csv) {
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv.toFile())) {
            return it.readAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String chineseName(String subject) {
        try {
            Map<?, ?> mapping = new ObjectMapper().readValue(Files.readString(root().resolve("subject_mapping.json")),
                    Map.class);
            return (String) ((List<?>) mapping.get(subject)).get(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
