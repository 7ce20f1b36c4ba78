package io.evalstream.benchmark.ceval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code subject_mapping.json}: key -> [English, Chinese, category], in file order (the report order). */
final class SubjectMapping {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SubjectMapping() {
    }

    static List<CevalSubject> parse(String text, String file) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new CevalDatasetException(file + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject() || root.isEmpty()) {
            throw new CevalDatasetException(file + ": expected an object of subject -> [English, Chinese, category]");
        }
        List<CevalSubject> subjects = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : root.properties()) {
            JsonNode names = entry.getValue();
            if (!names.isArray() || names.size() < 3) {
                throw new CevalDatasetException(file + ": subject '" + entry.getKey()
                        + "' must map to [English, Chinese, category]");
            }
            subjects.add(new CevalSubject(entry.getKey(), names.get(0).asText(), names.get(1).asText(),
                    names.get(2).asText()));
        }
        return List.copyOf(subjects);
    }
}
