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
 * The C-Eval answer key and the sim's answer policies and faults, computed here from the dataset and the rules of the
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
        return rows(cevalPath, "val", subject);
    }

    /** The rows of a subject's file; the test split has no answer column, so its answers are null. */
    static List<Row> rows(Path cevalPath, String split, String subject) throws IOException {
        CsvMapper mapper = new CsvMapper();
        List<Row> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(cevalPath.resolve(split).resolve(subject + "_" + split + ".csv").toFile())) {
            while (it.hasNext()) {
                Map<String, String> row = it.next();
                rows.add(new Row(row.get("id"), row.get("answer")));
            }
        }
        return rows;
    }

    /** Whether the sim's first draw for this request id, SHA-256("seed:id") as a fraction, falls below the rate. */
    static boolean faulted(String requestId, long seed, double rate) {
        byte[] digest = sha256((seed + ":" + requestId).getBytes(StandardCharsets.UTF_8));
        return first4(digest) / 4294967296.0 < rate;
    }

    /** The letter the sim answers for a question without a known gold: "ABCD"[sha256(prompt)[0] mod 4]. */
    static String randomAnswer(String prompt) {
        return String.valueOf("ABCD".charAt((sha256(prompt.getBytes(StandardCharsets.UTF_8))[0] & 0xFF) % 4));
    }

    /** The letter the sim answers under {@code oracle:P} for a question with this id and gold letter. */
    static String oracleAnswer(String questionId, String gold, double p) {
        byte[] digest = sha256(questionId.getBytes(StandardCharsets.UTF_8));
        if (first4(digest) % 10000 < p * 10000) {
            return gold;
        }
        return String.valueOf((char) ('A' + (gold.charAt(0) - 'A' + 1) % 4));
    }

    private static long first4(byte[] digest) {
        return ((digest[0] & 0xFFL) << 24) | ((digest[1] & 0xFFL) << 16) | ((digest[2] & 0xFFL) << 8)
                | (digest[3] & 0xFFL);
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
