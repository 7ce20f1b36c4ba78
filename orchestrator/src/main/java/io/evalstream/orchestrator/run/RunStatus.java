package io.evalstream.orchestrator.run;

public enum RunStatus {
    PENDING, RUNNING, SUCCEEDED, FAILED, CANCELLED;

    public boolean terminal() {
        return this == SUCCEEDED || this == FAILED || this == CANCELLED;
    }

    /** A run that ended without succeeding can be resumed. */
    public boolean resumable() {
        return this == FAILED || this == CANCELLED;
    }
}
