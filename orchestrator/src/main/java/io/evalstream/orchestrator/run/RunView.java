package io.evalstream.orchestrator.run;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.evalstream.orchestrator.run.state.RunEntity;
import io.evalstream.pipeline.run.Generation;
import io.evalstream.pipeline.run.RunRequest;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;

/** The run as the API shows it: the request's fields with their defaults at the top level, then the run's state. */
@RegisterForReflection(targets = {RunView.class, RunRequest.class, Generation.class})
public record RunView(String id, RunStatus status, String reason, @JsonUnwrapped RunRequest request,
        String promptVersion, int total, int reused, int done, int correct, int failed, int deadLetters,
        Double accuracy, Instant createdAt, Instant startedAt, Instant finishedAt) {

    public static RunView of(RunEntity run) {
        return new RunView(run.id, run.status, run.reason, run.request(), run.promptVersion, run.total, run.reused,
                run.done, run.correct, run.failed, run.deadLetters, run.accuracy, run.createdAt, run.startedAt,
                run.finishedAt);
    }
}
