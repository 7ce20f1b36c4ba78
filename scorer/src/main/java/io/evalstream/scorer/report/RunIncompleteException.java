package io.evalstream.scorer.report;

public class RunIncompleteException extends RuntimeException {

    public RunIncompleteException(String runId, long scored, long expected) {
        super("run " + runId + " is not complete: " + scored + " of " + expected + " questions scored");
    }
}
