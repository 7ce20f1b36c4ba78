package io.evalstream.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DashboardTest {

    static final Path DASHBOARD = Manifests.K8S.resolve("base/monitoring/dashboards/evalstream.json");
    private static final Set<String> PROMQL_WORDS = Set.of("sum", "avg", "min", "max", "count", "rate", "irate",
            "increase", "histogram_quantile", "clamp_min", "clamp_max", "by", "without", "on", "ignoring",
            "group_left", "group_right", "and", "or", "unless", "topk", "bottomk", "delta", "abs");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");

    @Test
    void everyMetricAQueryUsesIsExportedByOurCodeOrDocumentedByTritonOrKafkaExporter() throws Exception {
        Map<String, String> exported = ExportedMetrics.all();
        assertTrue(exported.containsKey("evalstream_worker_triton_request_latency_seconds_bucket"), exported.toString());
        List<String> lines = new ArrayList<>();
        for (JsonNode panel : panels()) {
            for (JsonNode target : panel.get("targets")) {
                String expr = target.get("expr").asText();
                Set<String> metrics = metricNames(expr);
                assertFalse(metrics.isEmpty(), expr);
                for (String metric : metrics) {
                    assertTrue(exported.containsKey(metric), panel.get("title").asText() + ": " + metric
                            + " is exported by nothing we know of");
                    lines.add(String.format("%-42s %-70s %s", panel.get("title").asText(), metric, exported.get(metric)));
                }
            }
        }
        System.out.println("dashboard query metrics (panel, metric, source):\n" + String.join("\n", lines));
    }

    @Test
    void theDashboardHasThePanelsAskedFor() throws Exception {
        String all = Files.readString(DASHBOARD);
        for (String metric : List.of("evalstream_questions_published_total", "evalstream_worker_questions_inferred_total",
                "evalstream_scorer_predictions_stored_total", "evalstream_worker_tokens_output_total",
                "histogram_quantile(0.99, sum by (le) (rate(evalstream_worker_triton_request_latency_seconds_bucket",
                "evalstream_worker_triton_requests_inflight", "kafka_consumergroup_lag", "evalstream_evalrun_accuracy",
                "evalstream_evalrun_questions_done", "evalstream_worker_records_dead_lettered_total", ".dlq",
                "nv_inference_queue_duration_us", "nv_inference_compute_infer_duration_us", "nv_gpu_utilization",
                "nv_gpu_memory_used_bytes", "vllm:e2e_request_latency_seconds_bucket",
                "vllm:time_to_first_token_seconds_bucket", "vllm:generation_tokens_total")) {
            assertTrue(all.contains(metric), metric);
        }
        Set<Integer> ids = new LinkedHashSet<>();
        panels().forEach(p -> assertTrue(ids.add(p.get("id").asInt()), "duplicate panel id " + p.get("id")));
        assertEquals("evalstream", new ObjectMapper().readTree(all).get("uid").asText());
    }

    @Test
    void everySelectorIsScopedToTheNamespaceVariableSoTwoInstallsDoNotAddUp() throws Exception {
        JsonNode variable = null;
        for (JsonNode v : new ObjectMapper().readTree(DASHBOARD.toFile()).path("templating").path("list")) {
            variable = v.path("name").asText().equals("namespace") ? v : variable;
        }
        assertTrue(variable != null && variable.path("type").asText().equals("query"), "a namespace variable");
        int selectors = 0;
        for (JsonNode panel : panels()) {
            for (JsonNode target : panel.get("targets")) {
                String expr = target.get("expr").asText();
                for (String metric : metricNames(expr)) {
                    Matcher m = Pattern.compile("(?<![\\w:])" + Pattern.quote(metric) + "(?![\\w:])(\\{[^}]*})?")
                            .matcher(expr);
                    while (m.find()) {
                        selectors++;
                        assertTrue(m.group(1) != null && m.group(1).contains("namespace=\"$namespace\""),
                                panel.get("title").asText() + ": " + metric + " in " + expr);
                    }
                }
            }
        }
        assertTrue(selectors > 25, "selectors checked: " + selectors);
    }

    @Test
    void theLagPanelLeavesOutThePerWorkerRunControlGroups() throws Exception {
        String group = ServiceConfig.properties("inference-worker")
                .getProperty("mp.messaging.incoming.run-control.group.id");
        assertTrue(group.startsWith("evalstream-run-control-"), group);
        JsonNode lag = panels().stream().filter(p -> p.get("title").asText().equals("Consumer lag per topic"))
                .findFirst().orElseThrow();
        assertTrue(lag.get("targets").get(0).get("expr").asText()
                .contains("consumergroup!~\"evalstream-run-control-.*\""));
    }

    /** Identifiers of a PromQL expression that are neither functions, keywords, label names nor strings. */
    static Set<String> metricNames(String expr) {
        String stripped = expr.replaceAll("\"(\\\\.|[^\"])*\"", "\"\"")
                .replaceAll("\\{[^}]*}", "")
                .replaceAll("\\b(by|without|on|ignoring)\\s*\\([^)]*\\)", "")
                .replaceAll("\\[[^]]*]", "");
        Set<String> names = new LinkedHashSet<>();
        Matcher m = IDENTIFIER.matcher(stripped);
        while (m.find()) {
            String word = m.group();
            boolean number = m.start() > 0 && Character.isDigit(stripped.charAt(m.start() - 1));
            if (!PROMQL_WORDS.contains(word) && !number) {
                names.add(word);
            }
        }
        return names;
    }

    private static List<JsonNode> panels() throws Exception {
        List<JsonNode> panels = new ArrayList<>();
        new ObjectMapper().readTree(DASHBOARD.toFile()).get("panels").forEach(panels::add);
        return panels;
    }
}
