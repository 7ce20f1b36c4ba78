package io.evalstream.scorer.console;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A run's progress as the pages poll it. */
@RegisterForReflection
public record RunProgress(String runId, String status, long done, int total, int percent, String rate, String eta,
        String accuracy, String duration) {

    public static RunProgress of(RunRow run) {
        return new RunProgress(run.runId(), run.status().label(), run.done(), run.total(), run.percent(),
                Formats.rate(run.questionsPerSecond()), Formats.duration(run.eta()), Formats.percent(run.accuracy()),
                Formats.duration(run.duration()));
    }
}
