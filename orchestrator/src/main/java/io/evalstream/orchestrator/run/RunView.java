package io.evalstream.orchestrator.run;

import io.evalstream.orchestrator.run.state.RunEntity;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.List;

/** The run as the API shows it. */
@RegisterForReflection
public record RunView(String id, RunStatus status, String reason, String benchmark, String split, String model,
        String modelAbbr, String template, List<String> subjects, String promptVersion, Generation generation,
        int batchSize, String postprocessor, int total, int reused, int done, int correct, int failed, int deadLetters,
        Double accuracy, Instant createdAt, Instant startedAt, Instant finishedAt) {

    @RegisterForReflection
    public record Generation(int maxNewTokens, double temperature, List<String> stop, long seed) {
    }

    public static RunView of(RunEntity run) {
        return new RunView(run.id, run.status, run.reason, run.benchmark, run.split, run.model, run.modelAbbr,
                run.template, List.of(run.subjects), run.promptVersion,
                new Generation(run.maxNewTokens, run.temperature, List.of(run.stopStrings), run.seed),
                run.batchSize, run.postprocessor, run.total, run.reused, run.done, run.correct, run.failed,
                run.deadLetters,
                run.accuracy, run.createdAt, run.startedAt, run.finishedAt);
    }
}
