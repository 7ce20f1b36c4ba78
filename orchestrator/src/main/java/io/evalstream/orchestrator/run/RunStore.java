package io.evalstream.orchestrator.run;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** The run's state changes made by the orchestrator itself, each in its own transaction. */
@ApplicationScoped
public class RunStore {

    @Transactional
    RunEntity create(RunPlan plan) {
        RunValidator.Settings settings = plan.settings();
        RunEntity run = new RunEntity();
        run.id = UUID.randomUUID().toString();
        run.benchmark = RunValidator.BENCHMARK;
        run.split = settings.split().label();
        run.subjects = plan.subjectKeys().toArray(String[]::new);
        run.model = settings.model();
        run.modelAbbr = settings.modelAbbr();
        run.template = settings.template().label();
        run.maxNewTokens = settings.generation().maxNewTokens();
        run.temperature = settings.generation().temperature();
        run.stopStrings = settings.generation().stop().toArray(String[]::new);
        run.seed = settings.generation().seed();
        run.batchSize = settings.batchSize();
        run.postprocessor = settings.postprocessor();
        run.promptVersion = plan.promptVersion();
        run.status = RunStatus.PENDING;
        run.total = plan.questions().size();
        run.createdAt = RunEntity.now();
        run.persist();
        return run;
    }

    /** PENDING -> RUNNING once every batch is on Kafka; a run that already ended keeps its outcome. */
    @Transactional
    RunEntity markRunning(String id) {
        RunEntity run = RunEntity.lockedById(id).orElseThrow(() -> new RunNotFoundException(id));
        if (run.status == RunStatus.PENDING) {
            run.status = RunStatus.RUNNING;
            run.startedAt = RunEntity.now();
        }
        return run;
    }

    @Transactional
    RunEntity markFailed(String id, String reason) {
        RunEntity run = RunEntity.lockedById(id).orElseThrow(() -> new RunNotFoundException(id));
        if (!run.status.terminal()) {
            Log.errorf("run %s failed: %s", id, reason);
            run.status = RunStatus.FAILED;
            run.reason = reason;
            run.finishedAt = RunEntity.now();
        }
        return run;
    }
}
