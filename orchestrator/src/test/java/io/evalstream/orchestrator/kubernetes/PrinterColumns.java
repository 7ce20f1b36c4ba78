package io.evalstream.orchestrator.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceColumnDefinition;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What {@code kubectl get} prints for a custom resource: NAME, then each priority-0 printer column. */
final class PrinterColumns {

    private PrinterColumns() {
    }

    /** Follows a simple {@code .a.b.c} JSON path; null when a step is missing. */
    static JsonNode resolve(JsonNode object, String jsonPath) {
        JsonNode node = object;
        for (String step : jsonPath.substring(1).split("\\.")) {
            node = node == null ? null : node.get(step);
        }
        return node == null || node.isNull() ? null : node;
    }

    static List<String> row(JsonNode object, List<CustomResourceColumnDefinition> columns, Instant now) {
        List<String> cells = new ArrayList<>(List.of(object.get("metadata").get("name").asText()));
        for (CustomResourceColumnDefinition column : columns) {
            JsonNode value = resolve(object, column.getJsonPath());
            if (value == null) {
                cells.add("");
            } else if ("date".equals(column.getType())) {
                Duration age = Duration.between(Instant.parse(value.asText()), now);
                cells.add(age.toSeconds() < 120 ? age.toSeconds() + "s" : age.toMinutes() + "m");
            } else {
                cells.add(value.asText());
            }
        }
        return cells;
    }

    static String table(List<String> header, List<List<String>> rows) {
        List<List<String>> all = new ArrayList<>();
        all.add(header.stream().map(h -> h.toUpperCase(Locale.ROOT)).toList());
        all.addAll(rows);
        int[] widths = new int[header.size()];
        all.forEach(r -> {
            for (int i = 0; i < r.size(); i++) {
                widths[i] = Math.max(widths[i], r.get(i).length());
            }
        });
        StringBuilder out = new StringBuilder();
        for (List<String> r : all) {
            for (int i = 0; i < r.size(); i++) {
                out.append(i == r.size() - 1 ? r.get(i) : String.format("%-" + (widths[i] + 3) + "s", r.get(i)));
            }
            out.append('\n');
        }
        return out.toString();
    }
}
