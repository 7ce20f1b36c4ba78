package io.evalstream.sim.metrics;

import java.util.Map;
import java.util.function.ToLongFunction;

import io.evalstream.sim.model.SimModel;

/** Renders the counters in Triton's Prometheus text format (counter names without a _total suffix). */
final class PrometheusText {

    private PrometheusText() {
    }

    static String render(Map<String, ModelMetrics> models, double utilization) {
        StringBuilder out = new StringBuilder();
        header(out, "nv_inference_request_success", "Number of successful inference requests, all batch sizes");
        models.forEach((m, c) -> line(out, "nv_inference_request_success", labels(m), c.successCount()));
        header(out, "nv_inference_request_failure", "Number of failed inference requests, all batch sizes");
        models.forEach((m, c) -> c.failures.forEach((reason, n) -> line(out, "nv_inference_request_failure",
                labels(m) + ",reason=\"" + reason.name() + "\"", n.sum())));
        counter(out, models, "nv_inference_count", "Number of inferences performed (does not include cached requests)",
                ModelMetrics::inferenceCount);
        counter(out, models, "nv_inference_exec_count", "Number of model executions performed (does not include cached requests)",
                ModelMetrics::executionCount);
        counter(out, models, "nv_inference_queue_duration_us", "Cumulative inference queuing duration in microseconds",
                c -> c.queueNanos() / 1000);
        counter(out, models, "nv_inference_compute_infer_duration_us", "Cumulative compute inference duration in microseconds",
                c -> c.computeNanos() / 1000);
        out.append("# HELP nv_gpu_utilization GPU utilization rate [0.0 - 1.0)\n# TYPE nv_gpu_utilization gauge\n");
        out.append("nv_gpu_utilization{gpu_uuid=\"GPU-triton-sim-0\"} ").append(utilization).append('\n');
        return out.toString();
    }

    private static void counter(StringBuilder out, Map<String, ModelMetrics> models, String name, String help,
            ToLongFunction<ModelMetrics> value) {
        header(out, name, help);
        models.forEach((m, c) -> line(out, name, labels(m), value.applyAsLong(c)));
    }

    private static void header(StringBuilder out, String name, String help) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n');
        out.append("# TYPE ").append(name).append(" counter\n");
    }

    private static String labels(String model) {
        return "model=\"" + model + "\",version=\"" + SimModel.VERSION + "\"";
    }

    private static void line(StringBuilder out, String name, String labels, long value) {
        out.append(name).append('{').append(labels).append("} ").append(value).append('\n');
    }
}
