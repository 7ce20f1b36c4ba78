package io.evalstream.k8s;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where each Prometheus metric comes from: the meters our services register (read from their sources and named as
 * Micrometer's Prometheus registry names them), triton-sim's Triton-named metrics, and the documented metrics of
 * Triton, of vLLM (inside Triton) and of kafka-exporter that no code here produces.
 */
final class ExportedMetrics {

    private static final Pattern METER = Pattern.compile(
            "(Counter\\.builder|counter|Timer\\.builder|MultiGauge\\.builder|Gauge\\.builder|gauge)\\(\\s*\"([a-z][a-z0-9.]*)\"");
    /** Triton-named metrics in triton-sim's sources, as string literals or inside its exposition text. */
    private static final Pattern SIM_METRIC = Pattern.compile("\\b(nv_[a-z_]+)");

    /** Triton's metrics (docs/user_guide/metrics.md of triton-inference-server/server), served on port 8002. */
    static final List<String> TRITON = List.of("nv_inference_request_success", "nv_inference_request_failure",
            "nv_inference_count", "nv_inference_exec_count", "nv_inference_request_duration_us",
            "nv_inference_queue_duration_us", "nv_inference_compute_input_duration_us",
            "nv_inference_compute_infer_duration_us", "nv_inference_compute_output_duration_us",
            "nv_gpu_utilization", "nv_gpu_memory_total_bytes", "nv_gpu_memory_used_bytes", "nv_gpu_power_usage",
            "nv_energy_consumption");

    /**
     * vLLM's metrics (docs/design metrics of vllm-project/vllm), which Triton's vLLM backend serves on Triton's metrics
     * port when the model sets REPORT_CUSTOM_METRICS. Histograms as their Prometheus series.
     */
    static final List<String> VLLM = List.of("vllm:e2e_request_latency_seconds_bucket",
            "vllm:e2e_request_latency_seconds_sum", "vllm:e2e_request_latency_seconds_count",
            "vllm:time_to_first_token_seconds_bucket", "vllm:time_to_first_token_seconds_sum",
            "vllm:time_to_first_token_seconds_count", "vllm:generation_tokens_total", "vllm:prompt_tokens_total");

    /** kafka-exporter's metrics (danielqsj/kafka_exporter README), deployed by Strimzi's kafkaExporter. */
    static final List<String> KAFKA_EXPORTER = List.of("kafka_brokers", "kafka_topic_partitions",
            "kafka_topic_partition_current_offset", "kafka_topic_partition_oldest_offset",
            "kafka_consumergroup_current_offset", "kafka_consumergroup_lag", "kafka_consumergroup_lag_sum",
            "kafka_consumergroup_members");

    private ExportedMetrics() {
    }

    /** Prometheus metric name -> its source. */
    static Map<String, String> all() throws IOException {
        Map<String, String> metrics = new LinkedHashMap<>();
        for (String module : ServiceConfig.SERVICES) {
            for (Path source : sources(module)) {
                String text = Files.readString(source);
                Matcher m = METER.matcher(text);
                while (m.find()) {
                    String where = module + " " + source.getFileName();
                    String base = m.group(2).replace('.', '_');
                    switch (m.group(1)) {
                        case "Counter.builder", "counter" -> metrics.put(base + "_total", where);
                        case "Timer.builder" -> List.of("_seconds_bucket", "_seconds_count", "_seconds_sum",
                                "_seconds_max").forEach(s -> metrics.put(base + s, where));
                        default -> metrics.put(base, where);
                    }
                }
                Matcher sim = SIM_METRIC.matcher(text);
                while (module.equals("triton-sim") && sim.find()) {
                    metrics.putIfAbsent(sim.group(1), "triton-sim " + source.getFileName() + " and Triton");
                }
            }
        }
        TRITON.forEach(n -> metrics.putIfAbsent(n, "Triton (documented; GPU metrics need a GPU)"));
        VLLM.forEach(n -> metrics.putIfAbsent(n, "vLLM in Triton (documented; a100 only)"));
        KAFKA_EXPORTER.forEach(n -> metrics.putIfAbsent(n, "kafka-exporter (documented)"));
        return metrics;
    }

    private static List<Path> sources(String module) throws IOException {
        try (Stream<Path> walk = Files.walk(Manifests.ROOT.resolve(module).resolve("src/main/java"))) {
            return walk.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }
}
