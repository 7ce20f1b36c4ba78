package io.evalstream.cli.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Set;

/** Submits a run, follows it to the end with a progress bar and writes its outputs in OpenCompass's layout. */
public class RunCommand {

    private static final Set<String> TERMINAL = Set.of("SUCCEEDED", "FAILED", "CANCELLED");
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss");
    /** Polls start fast, so that a short run ends without a wait, and slow down while nothing changes. */
    private static final long FIRST_POLL_MILLIS = 25;
    private static final long MAX_POLL_MILLIS = 500;

    private final EvalstreamClient client;
    private final PrintStream out;
    private final PrintStream progress;

    public RunCommand(EvalstreamClient client, PrintStream out, PrintStream progress) {
        this.client = client;
        this.out = out;
        this.progress = progress;
    }

    /** Returns the outcome; {@code outputFolder} is set when the run succeeded. */
    public Outcome execute(JsonNode runRequest, Path outputRoot, Duration stallTimeout)
            throws IOException, InterruptedException {
        JsonNode run = client.submit(runRequest);
        String runId = run.path("id").asText();
        progress.println("run " + runId + " submitted: " + run.path("total").asInt() + " questions");
        run = follow(runId, stallTimeout);
        String status = run.path("status").asText();
        if (!"SUCCEEDED".equals(status)) {
            return new Outcome(runId, status, run.path("reason").asText(""), null);
        }
        String timestamp = LocalDateTime.now().format(TIMESTAMP);
        Path folder = OutputFolder.extract(client.outputs(runId, timestamp), outputRoot, timestamp);
        if (Files.exists(folder.resolve(OutputFolder.SUBMISSION))) {
            // A split without answers (C-Eval test) has no scores to show: its letters go to the submission file.
            out.println("split " + run.path("split").asText() + " has no answers to score: "
                    + run.path("total").asInt() + " predictions in " + folder.resolve(OutputFolder.SUBMISSION));
        } else {
            out.print(SummaryTable.of(client.reportText(runId)));
        }
        client.report(runId).path("warnings").forEach(w -> progress.println("warning: " + w.asText()));
        out.println("outputs written to " + folder);
        return new Outcome(runId, status, "", folder);
    }

    private JsonNode follow(String runId, Duration stallTimeout) throws IOException, InterruptedException {
        ProgressBar bar = new ProgressBar(progress, Boolean.getBoolean("evalstream.terminal"));
        int lastDone = -1;
        long lastChange = System.nanoTime();
        long pollMillis = FIRST_POLL_MILLIS;
        while (true) {
            JsonNode run;
            try {
                run = client.run(runId);
            } catch (EvalstreamClient.ApiException e) {
                throw e;
            } catch (IOException e) {
                // The orchestrator may be restarting; the run lives on in its database, so keep following it.
                if (System.nanoTime() - lastChange > stallTimeout.toNanos()) {
                    bar.finish();
                    throw new IOException("run " + runId + ": the orchestrator did not answer for "
                            + stallTimeout.toSeconds() + " s: " + e.getMessage(), e);
                }
                Thread.sleep(MAX_POLL_MILLIS);
                continue;
            }
            int done = run.path("done").asInt();
            String status = run.path("status").asText();
            bar.show(status, done, run.path("total").asInt());
            if (TERMINAL.contains(status)) {
                bar.finish();
                return run;
            }
            if (done != lastDone) {
                lastDone = done;
                lastChange = System.nanoTime();
            } else if (System.nanoTime() - lastChange > stallTimeout.toNanos()) {
                bar.finish();
                throw new RunStalledException("run " + runId + " made no progress for " + stallTimeout.toSeconds()
                        + " s (status " + status + ", " + done + " done); the stack's logs may say why");
            } else {
                pollMillis = Math.min(MAX_POLL_MILLIS, 2 * pollMillis);
            }
            Thread.sleep(pollMillis);
        }
    }

    /** The run is still going but made no progress for longer than the stall timeout. */
    public static class RunStalledException extends IOException {
        public RunStalledException(String message) {
            super(message);
        }
    }

    public record Outcome(String runId, String status, String reason, Path outputFolder) {
        public boolean succeeded() {
            return "SUCCEEDED".equals(status);
        }
    }
}
