package io.evalstream.orchestrator.kubernetes;

import io.evalstream.orchestrator.run.state.RunEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** Reads a run's progress from the run store. */
@ApplicationScoped
class RunLookup {

    @Transactional
    Optional<RunProgress> find(String runId) {
        return RunEntity.byId(runId).map(RunProgress::of);
    }
}
