package io.evalstream.orchestrator.run;

import io.evalstream.pipeline.Question;
import io.evalstream.pipeline.RunControl;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Starts a run: validate and render (nothing stored on bad input), store it PENDING, publish every question batch,
 * then mark it RUNNING, or FAILED with the reason when Kafka does not take the batches. Cancels and resumes runs,
 * telling the workers on the run-control topic.
 */
@ApplicationScoped
public class RunService {

    private final RunPlanner planner;
    private final RunStore store;
    private final QuestionPublisher publisher;
    private final OrchestratorConfig config;
    private final MissingQuestions missing;
    private final RunControlPublisher control;

    public RunService(RunPlanner planner, RunStore store, QuestionPublisher publisher, OrchestratorConfig config,
            MissingQuestions missing, RunControlPublisher control) {
        this.planner = planner;
        this.store = store;
        this.publisher = publisher;
        this.config = config;
        this.missing = missing;
        this.control = control;
    }

    public RunView submit(RunRequest request) {
        RunPlan plan = planner.plan(request);
        RunEntity run = store.create(plan);
        try {
            publisher.publish(RunInfos.of(run), plan.questions(), run.batchSize, 0, config.publishTimeout());
        } catch (QuestionPublisher.PublishException e) {
            return RunView.of(store.markFailed(run.id, e.getMessage()));
        }
        Log.infof("run %s: %d %s questions of %d subjects published for model %s", run.id, run.total, run.split,
                run.subjects.length, run.model);
        return RunView.of(store.markRunning(run.id));
    }

    /**
     * PENDING or RUNNING -> CANCELLED; later run events leave it alone. Workers skip the run's batches they have not
     * started once they read the CANCELLED control record; predictions already on their way are still scored, and a
     * resume dispatches only what has no result.
     */
    public RunView cancel(String id) {
        RunEntity cancelled = store.cancel(id);
        try {
            control.send(id, RunControl.State.CANCELLED, config.publishTimeout());
        } catch (QuestionPublisher.PublishException e) {
            Log.warnf("run %s is cancelled, but workers were not told and infer its remaining batches: %s", id,
                    e.getMessage());
        }
        return RunView.of(cancelled);
    }

    /** FAILED or CANCELLED -> RUNNING, publishing again only the questions that have no result at the scorer. */
    public RunView resume(String id) {
        RunEntity run = store.get(id);
        if (!run.status.resumable()) {
            throw new RunConflictException("run " + id + " is " + run.status
                    + "; only FAILED or CANCELLED runs can be resumed");
        }
        MissingQuestions.Missing toResume = missing.of(run);
        control.send(id, RunControl.State.ACTIVE, config.publishTimeout());
        List<Question> questions = toResume.toSend();
        int first = store.reopen(id, Math.ceilDiv(questions.size(), run.batchSize));
        Log.infof("run %s resumed: %d of %d questions have no result and are published again", id,
                toResume.questions().size(), run.total);
        return RunView.of(republish(run, questions, first));
    }

    /** Publishes questions again as batches numbered from {@code firstSequence}; FAILED if Kafka does not take them. */
    RunEntity republish(RunEntity run, List<Question> questions, int firstSequence) {
        try {
            publisher.publish(RunInfos.of(run), questions, run.batchSize, firstSequence, config.publishTimeout());
        } catch (QuestionPublisher.PublishException e) {
            return store.markFailed(run.id, e.getMessage());
        }
        return store.get(run.id);
    }
}
