package io.evalstream.scorer.console;

import java.time.Duration;
import java.time.Instant;

/**
 * A run's state as far as the scorer's own tables tell it: complete, results still arriving, or no result for a while
 * (cancelled, failed or stalled: the orchestrator knows which).
 */
public enum RunStatus {
    COMPLETE("complete"),
    RUNNING("running"),
    INCOMPLETE("incomplete");

    /** A run with no new result for this long is no longer shown as running. */
    public static final Duration QUIET = Duration.ofMinutes(5);

    private final String label;

    RunStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static RunStatus of(Instant completedAt, Instant lastResult, Instant now) {
        if (completedAt != null) {
            return COMPLETE;
        }
        return lastResult != null && lastResult.isAfter(now.minus(QUIET)) ? RUNNING : INCOMPLETE;
    }

    /** The status named in a filter; empty or unknown names no status. */
    public static RunStatus parse(String label) {
        for (RunStatus status : values()) {
            if (status.label.equals(label)) {
                return status;
            }
        }
        return null;
    }
}
