package io.evalstream.e2e;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The C-Eval val answer key and the sim's answer policies, computed here from the dataset and the rules of the
 * design (DESIGN §5), independently of the services under test.
 */
final class AnswerKey {

    record Row(String id, String answer) {
    }

    static final List<String> HARD = List.of("advanced_mathematics", "discrete_mathematics",
            "probability_and_statistics", "college_chemistry", "college_physics", "high_school_mathematics",
            "high_school_chemistry", "high_school_physics");

    private AnswerKey() {
    }

    /** subject -> [English, Chinese, category], in file order. */
    static Map<String, List<String>> subjects(Path cevalPath) throws IOException {
        Map<String, List<String>> mapping = new LinkedHashMap<>();
        Iterator<Map.Entry<String, com.fasterxml.jackson.databind.JsonNode>> fields = new ObjectMapper()
                .readTree(cevalPath.resolve("subject_mapping.json").toFile()).fields();
        while (fields.hasNext()) {
            var entry = fields.next();
            List<String> values = new ArrayList<>();
            entry.getValue().forEach(v -> values.add(v.asText()));
            mapping.put(entry.getKey(), values);
        }
        return mapping;
    }

    static List<Row> valRows(Path cevalPath, String subject) throws IOException {
        CsvMapper mapper = new CsvMapper();
        List<Row> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(cevalPath.resolve("val").resolve(subject + "_val.csv").toFile())) {
            while (it.hasNext()) {
                Map<String, String> row = it.next();
                rows.add(new Row(row.get("id"), row.get("answer")));
            }
        }
        return rows;
    }

    /** The letter the sim answers under {@code oracle:P} for a question with this id and gold letter. */
    static String oracleAnswer(String questionId, String gold, double p) {
        byte[] digest = sha256(questionId.getBytes(StandardCharsets.UTF_8));
        long first4 = ((digest[0] & 0xFFL) << 24) | ((digest[1] & 0xFFL) << 16) | ((digest[2] & 0xFFL) << 8)
                | (digest[3] & 0xFFL);
        if (first4 % 10000 < p * 10000) {
            return gold;
        }
        return String.valueOf((char) ('A' + (gold.charAt(0) - 'A' + 1) % 4));
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
