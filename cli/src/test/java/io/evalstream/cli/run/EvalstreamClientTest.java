package io.evalstream.cli.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EvalstreamClientTest {

    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private String url;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/v1/runs", exchange -> {
            authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            byte[] body = "[]".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.createContext("/api/v1/runs/r1/events", exchange -> {
            byte[] body = ("data: {\"status\":\"RUNNING\",\"done\":3}\n\n"
                    + "data: {\"status\":\"SUCCEEDED\",\n" + "data: \"done\":9}\n\n").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.createContext("/api/v1/runs/r2/events", exchange -> {
            byte[] body = "{\"message\":\"no run r2\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(404, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        url = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void readsEveryRunViewOfTheEventStreamUntilItEnds() throws Exception {
        List<String> views = new ArrayList<>();
        boolean stopped = new EvalstreamClient(url, url, Optional.empty()).follow("r1", run -> {
            views.add(run.path("status").asText() + " " + run.path("done").asInt());
            return true;
        });
        assertFalse(stopped);
        assertEquals(List.of("RUNNING 3", "SUCCEEDED 9"), views);
    }

    @Test
    void stopsReadingWhenTheHandlerSaysSo() throws Exception {
        List<String> views = new ArrayList<>();
        assertTrue(new EvalstreamClient(url, url, Optional.empty()).follow("r1", run -> {
            views.add(run.path("status").asText());
            return false;
        }));
        assertEquals(List.of("RUNNING"), views);
    }

    @Test
    void anEventStreamTheServerRefusesIsAnApiError() {
        EvalstreamClient.ApiException error = assertThrows(EvalstreamClient.ApiException.class,
                () -> new EvalstreamClient(url, url, Optional.empty()).follow("r2", run -> true));
        assertEquals(404, error.status());
        assertTrue(error.getMessage().contains("no run r2"), error.getMessage());
    }

    @Test
    void sendsTheTokenAsBearerOnlyWhenThereIsOne() throws Exception {
        new EvalstreamClient(url, url, Optional.of("s3cret")).runs();
        new EvalstreamClient(url, url, Optional.of("s3cret")).report("run-1");
        new EvalstreamClient(url, url, Optional.empty()).runs();
        assertEquals(List.of("Bearer s3cret", "Bearer s3cret", "null"), authorizations);
    }
}
