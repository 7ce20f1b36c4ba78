package io.evalstream.orchestrator.run;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Starts a run: validate and render (nothing stored on bad input), store it PENDING, publish every question batch,
 * then mark it RUNNING, or FAILED with the reason when Kafka does not take the batches.
 */
@ApplicationScoped
public class RunService {

    private final RunPlanner planner;
    private final RunStore store;
    private final QuestionPublisher publisher;
    private final OrchestratorConfig config;

    public RunService(RunPlanner planner, RunStore store, QuestionPublisher publisher, OrchestratorConfig config) {
        this.planner = planner;
        this.store = store;
        this.publisher = publisher;
        this.config = config;
    }

    public RunView submit(RunRequest request) {
        RunPlan plan = planner.plan(request);
        RunEntity run = store.create(plan);
        try {
            publisher.publish(RunInfos.of(run), plan.questions(), run.batchSize, config.publishTimeout());
        } catch (QuestionPublisher.PublishException e) {
            return RunView.of(store.markFailed(run.id, e.getMessage()));
        }
        Log.infof("run %s: %d %s questions of %d subjects published for model %s", run.id, run.total, run.split,
                run.subjects.length, run.model);
        return RunView.of(store.markRunning(run.id));
    }
}
