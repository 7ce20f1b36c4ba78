package io.evalstream.orchestrator.scorer;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.evalstream.orchestrator.reuse.ReuseQuery;
import io.evalstream.orchestrator.reuse.StoredPrediction;
import io.evalstream.api.token.ApiConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.faulttolerance.Retry;

/** Asks the scorer which of a run's questions already have a result, and which stored predictions can be reused. */
@ApplicationScoped
public class ScorerClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper mapper;
    private final ScorerConfig config;
    private final ApiConfig api;

    public ScorerClient(ObjectMapper mapper, ScorerConfig config, ApiConfig api) {
        this.mapper = mapper;
        this.config = config;
        this.api = api;
    }

    /** The stored predictions matching the query, at most one per prompt hash. */
    @Retry(maxRetries = 2, delay = 500, retryOn = ScorerUnavailableException.class)
    public List<StoredPrediction> reusable(ReuseQuery query) {
        URI uri = URI.create(config.url().replaceAll("/+$", "") + "/api/v1/predictions/reusable");
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                    .header("Accept", "application/json").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(mapper.writeValueAsBytes(query)));
            api.token().ifPresent(token -> request.header("Authorization", "Bearer " + token));
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new ScorerUnavailableException("the scorer answered " + response.statusCode() + " for " + uri,
                        null);
            }
            return mapper.readValue(response.body(), new TypeReference<List<StoredPrediction>>() {
            });
        } catch (IOException e) {
            throw new ScorerUnavailableException("the scorer at " + config.url()
                    + " could not be asked for reusable predictions: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ScorerUnavailableException("interrupted while asking the scorer", e);
        }
    }

    /** Empty when the scorer has stored nothing of the run yet. */
    @Retry(maxRetries = 2, delay = 500, retryOn = ScorerUnavailableException.class)
    public Set<String> storedQuestionIds(String runId) {
        URI uri = URI.create(config.url().replaceAll("/+$", "") + "/api/v1/runs/"
                + URLEncoder.encode(runId, StandardCharsets.UTF_8) + "/results/ids");
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", "application/json");
        api.token().ifPresent(token -> request.header("Authorization", "Bearer " + token));
        try {
            HttpResponse<byte[]> response = http.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() == 404) {
                return Set.of();
            }
            if (response.statusCode() != 200) {
                throw new ScorerUnavailableException("the scorer answered " + response.statusCode() + " for " + uri,
                        null);
            }
            return Set.copyOf(mapper.readValue(response.body(), new TypeReference<List<String>>() {
            }));
        } catch (IOException e) {
            throw new ScorerUnavailableException("the scorer at " + config.url() + " could not be asked for run "
                    + runId + "'s results: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ScorerUnavailableException("interrupted while asking the scorer", e);
        }
    }
}
