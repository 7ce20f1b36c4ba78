package io.evalstream.cli.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Iterator;
import java.util.Optional;
import java.util.stream.Stream;

/** HTTP client of the orchestrator's run API and the scorer's report API. */
public class EvalstreamClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String orchestratorUrl;
    private final String scorerUrl;
    private final Optional<String> token;

    /** With the bearer token of {@code EVALSTREAM_API_TOKEN}, when it is set. */
    public EvalstreamClient(String orchestratorUrl, String scorerUrl) {
        this(orchestratorUrl, scorerUrl, Optional.ofNullable(System.getenv("EVALSTREAM_API_TOKEN"))
                .filter(t -> !t.isBlank()));
    }

    public EvalstreamClient(String orchestratorUrl, String scorerUrl, Optional<String> token) {
        this.orchestratorUrl = orchestratorUrl;
        this.scorerUrl = scorerUrl;
        this.token = token;
    }

    public JsonNode submit(JsonNode runRequest) throws IOException, InterruptedException {
        HttpRequest request = authorized(HttpRequest.newBuilder(URI.create(orchestratorUrl + "/api/v1/runs")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(runRequest)))
                .timeout(Duration.ofMinutes(2)).build();
        return JSON.readTree(send(request, HttpResponse.BodyHandlers.ofString()));
    }

    public JsonNode run(String runId) throws IOException, InterruptedException {
        return JSON.readTree(send(get(orchestratorUrl + "/api/v1/runs/" + runId), HttpResponse.BodyHandlers.ofString()));
    }

    /**
     * Reads the run's server-sent events, handing each run view to {@code views} until it returns false or the stream
     * ends; returns whether {@code views} stopped it. An I/O error is a dropped stream.
     */
    public boolean follow(String runId, RunViews views) throws IOException, InterruptedException {
        HttpRequest request = authorized(HttpRequest.newBuilder(
                URI.create(orchestratorUrl + "/api/v1/runs/" + runId + "/events")))
                .header("Accept", "text/event-stream").GET().build();
        HttpResponse<Stream<String>> response = http.send(request, HttpResponse.BodyHandlers.ofLines());
        try (Stream<String> lines = response.body()) {
            if (response.statusCode() != 200) {
                throw new ApiException(response.statusCode(), "GET " + request.uri().getPath() + " answered "
                        + response.statusCode() + ": " + String.join("\n", lines.toList()));
            }
            StringBuilder data = new StringBuilder();
            for (Iterator<String> it = lines.iterator(); it.hasNext(); ) {
                String line = it.next();
                if (line.startsWith("data:")) {
                    data.append(data.isEmpty() ? "" : "\n").append(line.substring(5).stripLeading());
                } else if (line.isEmpty() && !data.isEmpty()) {
                    JsonNode run = JSON.readTree(data.toString());
                    data.setLength(0);
                    if (!views.next(run)) {
                        return true;
                    }
                }
            }
            return false;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Receives the run views of an event stream. */
    @FunctionalInterface
    public interface RunViews {
        /** Returns false to stop following. */
        boolean next(JsonNode run) throws IOException;
    }

    /** Every run the orchestrator knows, as a JSON array of runs. */
    public JsonNode runs() throws IOException, InterruptedException {
        return JSON.readTree(send(get(orchestratorUrl + "/api/v1/runs"), HttpResponse.BodyHandlers.ofString()));
    }

    /** The run's page in the scorer's web console. */
    public String runPageUrl(String runId) {
        return scorerUrl + "/runs/" + runId;
    }

    /** The scorer's JSON report of a run (scores, groups, warnings). */
    public JsonNode report(String runId) throws IOException, InterruptedException {
        return JSON.readTree(send(get(scorerUrl + "/api/v1/runs/" + runId + "/report"),
                HttpResponse.BodyHandlers.ofString()));
    }

    public byte[] outputs(String runId, String timestamp) throws IOException, InterruptedException {
        return send(get(scorerUrl + "/api/v1/runs/" + runId + "/outputs.zip?timestamp=" + timestamp),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpRequest get(String url) {
        return authorized(HttpRequest.newBuilder(URI.create(url))).timeout(Duration.ofMinutes(2)).GET().build();
    }

    private HttpRequest.Builder authorized(HttpRequest.Builder request) {
        token.ifPresent(t -> request.header("Authorization", "Bearer " + t));
        return request;
    }

    private <T> T send(HttpRequest request, HttpResponse.BodyHandler<T> handler) throws IOException, InterruptedException {
        HttpResponse<T> response = http.send(request, handler);
        if (response.statusCode() / 100 != 2) {
            Object body = response.body();
            String text = body instanceof byte[] bytes ? new String(bytes, java.nio.charset.StandardCharsets.UTF_8)
                    : String.valueOf(body);
            throw new ApiException(response.statusCode(), request.method() + " " + request.uri().getPath()
                    + " answered " + response.statusCode() + ": " + text);
        }
        return response.body();
    }

    public static class ApiException extends IOException {

        private final int status;

        public ApiException(int status, String message) {
            super(message);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }
}
