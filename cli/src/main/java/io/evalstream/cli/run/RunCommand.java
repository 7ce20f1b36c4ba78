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
    /** Polls (when the event stream is not there) start fast and slow down while nothing changes. */
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
        String timestamp = OutputFolder.freeTimestamp(outputRoot, LocalDateTime.now(), TIMESTAMP);
        Path folder = OutputFolder.extract(client.outputs(runId, timestamp), outputRoot, timestamp);
        if (Files.exists(folder.resolve(OutputFolder.SUBMISSION))) {
            // A split without answers (C-Eval test) has no scores to show: its letters go to the submission file.
            out.println("split " + run.path("split").asText() + " has no answers to score: "
                    + run.path("total").asInt() + " predictions in " + folder.resolve(OutputFolder.SUBMISSION));
        } else {
            out.print(SummaryTable.of(Files.readString(folder.resolve("summary/summary_" + timestamp + ".txt"))));
        }
        client.report(runId).path("warnings").forEach(w -> progress.println("warning: " + w.asText()));
        out.println("outputs written to " + folder);
        out.println("run page: " + client.runPageUrl(runId));
        return new Outcome(runId, status, "", folder);
    }

    /** Follows the run's event stream; when the stream drops before the run ends, polls the run instead. */
    private JsonNode follow(String runId, Duration stallTimeout) throws IOException, InterruptedException {
        ProgressBar bar = new ProgressBar(progress, Boolean.getBoolean("evalstream.terminal"));
        Stall stall = new Stall(runId, stallTimeout);
        JsonNode[] last = {null};
        String dropped;
        try {
            client.follow(runId, run -> {
                last[0] = run;
                bar.show(run.path("status").asText(), run.path("done").asInt(), run.path("total").asInt());
                if (TERMINAL.contains(run.path("status").asText())) {
                    return false;
                }
                stall.check(run);
                return true;
            });
            if (last[0] != null && TERMINAL.contains(last[0].path("status").asText())) {
                bar.finish();
                return last[0];
            }
            dropped = "the event stream ended before the run";
        } catch (RunStalledException e) {
            bar.finish();
            throw e;
        } catch (IOException e) {
            dropped = "the event stream dropped (" + e.getMessage() + ")";
        }
        bar.finish();
        progress.println("run " + runId + ": " + dropped + "; following it by polling");
        return poll(runId, bar, stall);
    }

    private JsonNode poll(String runId, ProgressBar bar, Stall stall) throws IOException, InterruptedException {
        long pollMillis = FIRST_POLL_MILLIS;
        while (true) {
            JsonNode run;
            try {
                run = client.run(runId);
            } catch (EvalstreamClient.ApiException e) {
                throw e;
            } catch (IOException e) {
                // The orchestrator may be restarting; the run lives on in its database, so keep following it.
                if (stall.exceeded()) {
                    bar.finish();
                    throw new IOException("run " + runId + ": the orchestrator did not answer for "
                            + stall.timeout.toSeconds() + " s: " + e.getMessage(), e);
                }
                Thread.sleep(MAX_POLL_MILLIS);
                continue;
            }
            String status = run.path("status").asText();
            bar.show(status, run.path("done").asInt(), run.path("total").asInt());
            if (TERMINAL.contains(status)) {
                bar.finish();
                return run;
            }
            try {
                if (!stall.check(run)) {
                    pollMillis = Math.min(MAX_POLL_MILLIS, 2 * pollMillis);
                }
            } catch (RunStalledException e) {
                bar.finish();
                throw e;
            }
            Thread.sleep(pollMillis);
        }
    }

    /** When the run's done count last changed; fails once it stayed the same for longer than the timeout. */
    private static final class Stall {

        private final String runId;
        private final Duration timeout;
        private int lastDone = -1;
        private long lastChange = System.nanoTime();

        Stall(String runId, Duration timeout) {
            this.runId = runId;
            this.timeout = timeout;
        }

        /** Returns whether the run advanced since the last check. */
        boolean check(JsonNode run) throws RunStalledException {
            int done = run.path("done").asInt();
            if (done != lastDone) {
                lastDone = done;
                lastChange = System.nanoTime();
                return true;
            }
            if (exceeded()) {
                throw new RunStalledException("run " + runId + " made no progress for " + timeout.toSeconds()
                        + " s (status " + run.path("status").asText() + ", " + done
                        + " done); the stack's logs may say why");
            }
            return false;
        }

        boolean exceeded() {
            return System.nanoTime() - lastChange > timeout.toNanos();
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
