package io.evalstream.orchestrator.kubernetes;

import io.evalstream.orchestrator.run.RunStatus;
import io.evalstream.orchestrator.run.RunView;
import io.evalstream.orchestrator.run.state.RunEntity;

/** The part of a run that an EvalRun's status shows. */
record RunProgress(String id, RunStatus status, String reason, int total, int done, Double accuracy) {

    static RunProgress of(RunView run) {
        return new RunProgress(run.id(), run.status(), run.reason(), run.total(), run.done(), run.accuracy());
    }

    static RunProgress of(RunEntity run) {
        return new RunProgress(run.id, run.status, run.reason, run.total, run.done, run.accuracy);
    }
}
