package io.evalstream.orchestrator.kubernetes;

import io.evalstream.orchestrator.run.state.RunEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** Finds an EvalRun's run in the run store. */
@ApplicationScoped
class RunLookup {

    /**
     * The run its status names, else the run stored under its uid: a run submitted just before a status write failed
     * or the orchestrator stopped is found there, and not submitted again.
     */
    @Transactional
    Optional<RunProgress> of(EvalRun resource) {
        EvalRunStatus status = resource.getStatus();
        if (status != null && status.runId() != null) {
            return RunEntity.byId(status.runId()).map(RunProgress::of);
        }
        return RunEntity.byEvalRunUid(resource.getMetadata().getUid()).map(RunProgress::of);
    }
}
