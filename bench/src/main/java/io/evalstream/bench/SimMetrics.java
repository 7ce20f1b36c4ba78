package io.evalstream.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Triton's request and compute-time counters, read from the sim's /metrics (Triton serves the same counters). */
record SimMetrics(long successes, long computeMicros) {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** Sums over models of {@code nv_inference_request_success} and {@code nv_inference_compute_infer_duration_us}. */
    static SimMetrics read(int metricsPort) throws IOException, InterruptedException {
        String text = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + metricsPort + "/metrics"))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString()).body();
        return new SimMetrics(sum(text, "nv_inference_request_success{"),
                sum(text, "nv_inference_compute_infer_duration_us{"));
    }

    SimMetrics since(SimMetrics before) {
        return new SimMetrics(successes - before.successes, computeMicros - before.computeMicros);
    }

    private static long sum(String metrics, String prefix) {
        return metrics.lines().filter(l -> l.startsWith(prefix))
                .mapToLong(l -> (long) Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }
}
