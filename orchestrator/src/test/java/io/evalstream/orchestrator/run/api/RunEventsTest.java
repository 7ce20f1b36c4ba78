package io.evalstream.orchestrator.run.api;

import static io.evalstream.orchestrator.run.api.RunApiTest.event;
import static io.evalstream.orchestrator.run.api.RunApiTest.send;
import static io.evalstream.orchestrator.run.api.RunApiTest.submit;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.evalstream.pipeline.RunEvent;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

@QuarkusTest
public class RunEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/api/v1/runs/")
    URL runs;

    @Test
    void streamsTheRunsProgressAsItIsAppliedAndEndsWithItsOutcome() throws Exception {
        String id = submit("{\"subjects\":[\"computer_network\"]}").getString("id");
        List<JsonNode> views = new CopyOnWriteArrayList<>();
        CompletableFuture<HttpResponse<Stream<String>>> response = open(id);
        CompletableFuture<Void> ended = response.thenAccept(r -> r.body().filter(l -> l.startsWith("data:"))
                .forEach(l -> views.add(parse(l.substring(5)))));
        await().atMost(Duration.ofSeconds(30)).until(() -> !views.isEmpty());
        assertEquals("text/event-stream", response.get().headers().firstValue("Content-Type").orElse("")
                .replaceAll(";.*", ""));
        assertEquals("RUNNING", views.getFirst().path("status").asText());
        assertEquals(0, views.getFirst().path("done").asInt());

        send(event(id, RunEvent.Type.PROGRESS, 7, 5, 71.43, ""));
        await().atMost(Duration.ofSeconds(30)).until(() -> views.getLast().path("done").asInt() == 7);
        send(event(id, RunEvent.Type.COMPLETED, 19, 12, 63.16, "done"));
        ended.get(30, java.util.concurrent.TimeUnit.SECONDS);

        JsonNode last = views.getLast();
        assertEquals("SUCCEEDED", last.path("status").asText());
        assertEquals(19, last.path("done").asInt());
        assertEquals(12, last.path("correct").asInt());
        assertTrue(views.stream().anyMatch(v -> v.path("done").asInt() == 7 && "RUNNING".equals(v.path("status").asText())),
                "the progress in between: " + views);
    }

    @Test
    void anEndedRunsStreamHoldsItsOutcomeAndEnds() throws Exception {
        String id = submit("{\"subjects\":[\"logic\"]}").getString("id");
        send(event(id, RunEvent.Type.FAILED, 3, 1, 0, "Triton: model NOT_FOUND"));
        RunApiTest.awaitStatus(id, "FAILED");
        List<String> data = open(id).get(30, java.util.concurrent.TimeUnit.SECONDS).body()
                .filter(l -> l.startsWith("data:")).toList();
        assertEquals(1, data.size(), data.toString());
        assertEquals("Triton: model NOT_FOUND", parse(data.getFirst().substring(5)).path("reason").asText());
    }

    @Test
    void anUnknownRunsStreamIsNotFound() throws Exception {
        HttpResponse<Stream<String>> response = open("00000000-0000-0000-0000-000000000000")
                .get(30, java.util.concurrent.TimeUnit.SECONDS);
        assertEquals(404, response.statusCode());
        assertTrue(response.body().anyMatch(l -> l.contains("00000000-0000-0000-0000-000000000000")));
    }

    private CompletableFuture<HttpResponse<Stream<String>>> open(String id) {
        return HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(URI.create(runs + id + "/events"))
                .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofLines());
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
