package io.evalstream.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.evalstream.cli.run.EvalstreamClient;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Submits runs side by side and times each from its submission to SUCCEEDED. */
final class RunDriver {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long POLL_MILLIS = 50;
    private static final long TIMEOUT_NANOS = 30L * 60 * 1_000_000_000;

    /** One finished run: its questions and the nanoTime of its submission and of the first poll that saw SUCCEEDED. */
    record Timing(String runId, String split, int questions, long startNanos, long endNanos) {
        double seconds() {
            return (endNanos - startNanos) / 1e9;
        }
    }

    private final EvalstreamClient client;

    RunDriver(EvalstreamClient client) {
        this.client = client;
    }

    /** Runs the splits side by side; without a batch size the orchestrator's default applies. */
    List<Timing> runConcurrently(List<String> splits, List<String> subjects, OptionalInt batchSize) throws Exception {
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Timing>> futures = new ArrayList<>();
            for (String split : splits) {
                futures.add(executor.submit(() -> run(split, subjects, batchSize)));
            }
            List<Timing> timings = new ArrayList<>();
            for (Future<Timing> future : futures) {
                timings.add(future.get());
            }
            return timings;
        }
    }

    private Timing run(String split, List<String> subjects, OptionalInt batchSize) throws IOException, InterruptedException {
        ObjectNode request = JSON.createObjectNode();
        request.put("benchmark", "ceval");
        request.put("split", split);
        request.put("template", "internlm2-chat");
        if (!subjects.isEmpty()) {
            request.set("subjects", JSON.valueToTree(subjects));
        }
        batchSize.ifPresent(size -> request.put("batchSize", size));
        long start = System.nanoTime();
        JsonNode run = client.submit(request);
        String id = run.path("id").asText();
        while (System.nanoTime() - start < TIMEOUT_NANOS) {
            run = client.run(id);
            String status = run.path("status").asText();
            if ("SUCCEEDED".equals(status)) {
                return new Timing(id, split, run.path("total").asInt(), start, System.nanoTime());
            }
            if ("FAILED".equals(status) || "CANCELLED".equals(status)) {
                throw new IllegalStateException("run " + id + " (" + split + ") ended " + status + ": "
                        + run.path("reason").asText());
            }
            Thread.sleep(POLL_MILLIS);
        }
        throw new IllegalStateException("run " + id + " (" + split + ") did not finish in 30 minutes");
    }
}
