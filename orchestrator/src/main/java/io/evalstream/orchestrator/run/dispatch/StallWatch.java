package io.evalstream.orchestrator.run.dispatch;

import io.evalstream.orchestrator.run.OrchestratorConfig;
import io.evalstream.orchestrator.run.RunService;
import io.evalstream.orchestrator.run.state.RunEntity;
import io.evalstream.orchestrator.run.state.RunStore;
import io.evalstream.pipeline.Question;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;

/**
 * Finds RUNNING runs without progress for the stall timeout and publishes their questions without a result again, a
 * bounded number of times; then fails the run naming the questions still missing.
 */
@ApplicationScoped
public class StallWatch {

    public static final int LISTED_IDS = 20;

    private final RunStore store;
    private final RunService runs;
    private final MissingQuestions missing;
    private final OrchestratorConfig config;

    public StallWatch(RunStore store, RunService runs, MissingQuestions missing, OrchestratorConfig config) {
        this.store = store;
        this.runs = runs;
        this.missing = missing;
        this.config = config;
    }

    @Scheduled(every = "${evalstream.orchestrator.stall-check-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void check() {
        Instant noProgressSince = RunEntity.now().minus(config.stallTimeout());
        for (RunEntity run : store.stalled(noProgressSince)) {
            try {
                handle(run, noProgressSince);
            } catch (RuntimeException e) {
                Log.warnf("run %s stalled and could not be re-dispatched this time: %s", run.id, e.getMessage());
            }
        }
    }

    private void handle(RunEntity run, Instant noProgressSince) {
        MissingQuestions.Missing stalled = missing.of(run);
        if (run.redispatches >= config.maxRedispatches()) {
            store.failStalled(run.id, noProgressSince, reason(run, stalled));
            return;
        }
        List<Question> questions = stalled.toSend();
        OptionalInt first = store.redispatch(run.id, noProgressSince, Math.ceilDiv(questions.size(), run.batchSize));
        if (first.isPresent()) {
            Log.warnf("run %s made no progress for %s: re-dispatching %d questions without a result (%d of %d)",
                    run.id, config.stallTimeout(), stalled.questions().size(), run.redispatches + 1,
                    config.maxRedispatches());
            runs.republish(run, questions, first.getAsInt());
        }
    }

    private String reason(RunEntity run, MissingQuestions.Missing stalled) {
        List<String> ids = stalled.ids();
        String listed = String.join(", ", ids.subList(0, Math.min(LISTED_IDS, ids.size())));
        return "stalled: no progress for " + config.stallTimeout() + " after " + run.redispatches + " re-dispatches; "
                + ids.size() + " questions have no result" + (ids.isEmpty() ? "" : ": " + listed)
                + (ids.size() > LISTED_IDS ? " (and " + (ids.size() - LISTED_IDS) + " more)" : "");
    }
}
