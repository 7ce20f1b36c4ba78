package io.evalstream.cli.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path output;

    @Test
    void keepsFollowingARunWhileTheOrchestratorRestarts() throws Exception {
        ScriptedClient client = new ScriptedClient(Arrays.asList(status("RUNNING", 10), null, null, status("SUCCEEDED", 20)));
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        RunCommand.Outcome outcome = new RunCommand(client, new PrintStream(printed, true, StandardCharsets.UTF_8),
                new PrintStream(progress, true, StandardCharsets.UTF_8))
                .execute(JSON.createObjectNode(), output, Duration.ofSeconds(30));
        assertTrue(outcome.succeeded(), outcome.status());
        assertTrue(Files.exists(outcome.outputFolder().resolve("summary/summary.csv")));
        assertTrue(printed.toString(StandardCharsets.UTF_8).contains("report"));
        assertEquals(0, client.polls.size(), "polled until the run ended");
        assertTrue(progress.toString(StandardCharsets.UTF_8)
                .contains("warning: ceval-law #3: prompt is 2001 tokens, over 1948"), progress.toString());
    }

    @Test
    void followsTheEventStreamToTheEndWithoutPolling() throws Exception {
        ScriptedClient client = new ScriptedClient(List.of(status("SUCCEEDED", 20)));
        client.stream.addAll(List.of(status("RUNNING", 0), status("RUNNING", 12), status("SUCCEEDED", 20),
                status("RUNNING", 99)));
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        RunCommand.Outcome outcome = new RunCommand(client, new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8), new PrintStream(progress, true, StandardCharsets.UTF_8))
                .execute(JSON.createObjectNode(), output, Duration.ofSeconds(30));
        assertTrue(outcome.succeeded(), outcome.status());
        assertEquals(1, client.polls.size(), "never polled");
        assertEquals(1, client.stream.size(), "stopped reading at the terminal view");
        String printed = progress.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("12/20"), printed);
        assertFalse(printed.contains("polling"), printed);
    }

    @Test
    void saysTheStreamDroppedAndFollowsTheRunByPolling() throws Exception {
        ScriptedClient client = new ScriptedClient(List.of(status("RUNNING", 15), status("SUCCEEDED", 20)));
        client.stream.add(status("RUNNING", 10));
        client.streamError = new IOException("connection reset");
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        RunCommand.Outcome outcome = new RunCommand(client, new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8), new PrintStream(progress, true, StandardCharsets.UTF_8))
                .execute(JSON.createObjectNode(), output, Duration.ofSeconds(30));
        assertTrue(outcome.succeeded(), outcome.status());
        assertEquals(0, client.polls.size(), "polled until the run ended");
        assertTrue(progress.toString(StandardCharsets.UTF_8).contains(
                "run r1: the event stream dropped (connection reset); following it by polling"), progress.toString());
    }

    @Test
    void aStreamThatEndsBeforeTheRunIsFollowedByPolling() throws Exception {
        ScriptedClient client = new ScriptedClient(List.of(status("SUCCEEDED", 20)));
        client.stream.add(status("RUNNING", 10));
        client.streamError = null;
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        RunCommand.Outcome outcome = new RunCommand(client, new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8), new PrintStream(progress, true, StandardCharsets.UTF_8))
                .execute(JSON.createObjectNode(), output, Duration.ofSeconds(30));
        assertTrue(outcome.succeeded(), outcome.status());
        assertTrue(progress.toString(StandardCharsets.UTF_8).contains(
                "the event stream ended before the run; following it by polling"), progress.toString());
    }

    @Test
    void givesUpWhenTheOrchestratorStaysAwayLongerThanTheStallTimeout() {
        ScriptedClient client = new ScriptedClient(Arrays.asList(status("RUNNING", 10), null, null, null, null, null));
        IOException error = assertThrows(IOException.class, () -> new RunCommand(client,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
                .execute(JSON.createObjectNode(), output, Duration.ofMillis(800)));
        assertTrue(error.getMessage().contains("did not answer"), error.getMessage());
    }

    private static JsonNode status(String status, int done) {
        return JSON.createObjectNode().put("id", "r1").put("status", status).put("done", done).put("total", 20);
    }

    /** Answers the polls in order; a null entry stands for an orchestrator that refuses connections. */
    private static final class ScriptedClient extends EvalstreamClient {

        private final Deque<JsonNode> polls = new ArrayDeque<>();
        private final Deque<JsonNode> stream = new ArrayDeque<>();
        private IOException streamError = new ConnectException("connection refused");
        private int refused;

        ScriptedClient(List<JsonNode> answers) {
            super("http://127.0.0.1:1", "http://127.0.0.1:1");
            answers.forEach(a -> polls.add(a == null ? JSON.nullNode() : a));
        }

        @Override
        public JsonNode submit(JsonNode runRequest) {
            return status("QUEUED", 0);
        }

        /** Hands over the scripted views, then ends with the stream error, or without one when it is null. */
        @Override
        public boolean follow(String runId, RunViews views) throws IOException {
            while (!stream.isEmpty()) {
                if (!views.next(stream.poll())) {
                    return true;
                }
            }
            if (streamError != null) {
                throw streamError;
            }
            return false;
        }

        @Override
        public JsonNode run(String runId) throws IOException {
            JsonNode next = polls.isEmpty() ? JSON.nullNode() : polls.poll();
            if (next.isNull()) {
                refused++;
                throw new ConnectException("connection refused (" + refused + ")");
            }
            return next;
        }

        @Override
        public JsonNode report(String runId) {
            ObjectNode report = JSON.createObjectNode();
            report.putArray("warnings").add("ceval-law #3: prompt is 2001 tokens, over 1948");
            return report;
        }

        @Override
        public byte[] outputs(String runId, String timestamp) throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                zip.putNextEntry(new ZipEntry("summary/summary.csv"));
                zip.write("dataset\n".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry("summary/summary_" + timestamp + ".txt"));
                zip.write("report\n".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            return bytes.toByteArray();
        }
    }
}
