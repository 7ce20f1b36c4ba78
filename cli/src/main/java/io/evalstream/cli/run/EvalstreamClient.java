package io.evalstream.cli.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** HTTP client of the orchestrator's run API and the scorer's report API. */
public class EvalstreamClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String orchestratorUrl;
    private final String scorerUrl;

    public EvalstreamClient(String orchestratorUrl, String scorerUrl) {
        this.orchestratorUrl = orchestratorUrl;
        this.scorerUrl = scorerUrl;
    }

    public JsonNode submit(JsonNode runRequest) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(orchestratorUrl + "/api/v1/runs"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(runRequest)))
                .timeout(Duration.ofMinutes(2)).build();
        return JSON.readTree(send(request, HttpResponse.BodyHandlers.ofString()));
    }

    public JsonNode run(String runId) throws IOException, InterruptedException {
        return JSON.readTree(send(get(orchestratorUrl + "/api/v1/runs/" + runId), HttpResponse.BodyHandlers.ofString()));
    }

    /** Every run the orchestrator knows, as a JSON array of runs. */
    public JsonNode runs() throws IOException, InterruptedException {
        return JSON.readTree(send(get(orchestratorUrl + "/api/v1/runs"), HttpResponse.BodyHandlers.ofString()));
    }

    /** The scorer's JSON report of a run (scores, groups, warnings). */
    public JsonNode report(String runId) throws IOException, InterruptedException {
        return JSON.readTree(send(get(scorerUrl + "/api/v1/runs/" + runId + "/report"),
                HttpResponse.BodyHandlers.ofString()));
    }

    public String reportText(String runId) throws IOException, InterruptedException {
        return send(get(scorerUrl + "/api/v1/runs/" + runId + "/report.txt"), HttpResponse.BodyHandlers.ofString());
    }

    public byte[] outputs(String runId, String timestamp) throws IOException, InterruptedException {
        return send(get(scorerUrl + "/api/v1/runs/" + runId + "/outputs.zip?timestamp=" + timestamp),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(2)).GET().build();
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
