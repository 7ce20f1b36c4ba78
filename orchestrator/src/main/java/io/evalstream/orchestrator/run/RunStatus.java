package io.evalstream.orchestrator.run;

public enum RunStatus {
    PENDING, RUNNING, SUCCEEDED, FAILED;

    public boolean terminal() {
        return this == SUCCEEDED || this == FAILED;
    }
}
