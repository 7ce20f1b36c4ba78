package io.evalstream.orchestrator.run;

import io.evalstream.orchestrator.reuse.ReuseQuery;
import io.evalstream.orchestrator.reuse.ReuseCommandPublisher;
import io.evalstream.orchestrator.reuse.StoredPrediction;
import io.evalstream.orchestrator.run.control.RunControlPublisher;
import io.evalstream.orchestrator.run.dispatch.MissingQuestions;
import io.evalstream.orchestrator.run.dispatch.QuestionPublisher;
import io.evalstream.orchestrator.run.dispatch.RunInfos;
import io.evalstream.orchestrator.run.plan.RunPlan;
import io.evalstream.orchestrator.run.plan.RunPlanner;
import io.evalstream.orchestrator.run.state.RunEntity;
import io.evalstream.orchestrator.run.state.RunStore;
import io.evalstream.orchestrator.scorer.ScorerClient;
import io.evalstream.pipeline.Question;
import io.evalstream.pipeline.RunControl;
import io.evalstream.pipeline.RunInfo;
import io.evalstream.pipeline.run.RunRequest;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Starts a run: validate and render (nothing stored on bad input), store it PENDING, publish every question batch
 * (or, when asked to reuse, asks the scorer to answer the questions it holds a stored prediction for),
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
    private final ReuseCommandPublisher reusedPublisher;
    private final ScorerClient scorer;

    public RunService(RunPlanner planner, RunStore store, QuestionPublisher publisher, OrchestratorConfig config,
            MissingQuestions missing, RunControlPublisher control, ReuseCommandPublisher reusedPublisher,
            ScorerClient scorer) {
        this.planner = planner;
        this.store = store;
        this.publisher = publisher;
        this.config = config;
        this.missing = missing;
        this.control = control;
        this.reusedPublisher = reusedPublisher;
        this.scorer = scorer;
    }

    public RunView submit(RunRequest request) {
        return submit(request, null);
    }

    /** A run asked for by the EvalRun resource with this uid; the database refuses a second run for the same uid. */
    public RunView submit(RunRequest request, String evalRunUid) {
        RunPlan plan = planner.plan(request);
        Set<String> stored = request.reuseStored() ? reusable(plan) : Set.of();
        List<Question> reused = plan.questions().stream().filter(q -> stored.contains(q.getPromptHash())).toList();
        List<Question> toInfer = plan.questions().stream().filter(q -> !stored.contains(q.getPromptHash())).toList();
        RunEntity run = store.create(plan, reused.size(), evalRunUid);
        RunInfo info = RunInfos.of(run);
        try {
            reusedPublisher.publish(info, reused, run.batchSize, config.publishTimeout());
            publisher.publish(info, toInfer, run.batchSize, 0, config.publishTimeout());
        } catch (QuestionPublisher.PublishException e) {
            return RunView.of(store.markFailed(run.id, e.getMessage()));
        }
        Log.infof("run %s: %d %s questions of %d subjects published for model %s, %d answered from stored predictions",
                run.id, toInfer.size(), run.split, run.subjects.length, run.model, reused.size());
        return RunView.of(store.markRunning(run.id));
    }

    /** The plan's prompt hashes the scorer holds a reusable prediction for. */
    private Set<String> reusable(RunPlan plan) {
        List<String> hashes = plan.questions().stream().map(Question::getPromptHash).distinct().toList();
        return scorer.reusable(new ReuseQuery(plan.request().model(), plan.request().generation(), hashes)).stream()
                .map(StoredPrediction::promptHash).collect(Collectors.toSet());
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
    public RunEntity republish(RunEntity run, List<Question> questions, int firstSequence) {
        try {
            publisher.publish(RunInfos.of(run), questions, run.batchSize, firstSequence, config.publishTimeout());
        } catch (QuestionPublisher.PublishException e) {
            return store.markFailed(run.id, e.getMessage());
        }
        return store.get(run.id);
    }
}
