package io.evalstream.e2e;

import io.evalstream.cli.stack.StackSettings;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The inference workers' Prometheus metrics, read from each replica's {@code /q/metrics}. */
final class WorkerMetrics {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private WorkerMetrics() {
    }

    /** How often the Triton circuit breakers of all replicas opened (SmallRye Fault Tolerance's counter). */
    static double circuitBreakersOpened(StackSettings settings) throws IOException, InterruptedException {
        double opened = 0;
        for (int replica = 0; replica < settings.workerReplicas(); replica++) {
            String text = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                    + (settings.ports().worker() + replica) + "/q/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            opened += text.lines().filter(l -> l.startsWith("ft_circuitbreaker_opened_total"))
                    .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
        }
        return opened;
    }
}
