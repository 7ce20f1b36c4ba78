package io.evalstream.scorer.report;

public class RunNotFoundException extends RuntimeException {

    public RunNotFoundException(String runId) {
        super("no scored predictions for run " + runId);
    }
}
