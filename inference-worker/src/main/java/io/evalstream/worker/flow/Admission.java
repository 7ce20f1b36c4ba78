package io.evalstream.worker.flow;

import io.evalstream.worker.triton.ModelInterface;

/** Whether this worker serves a run: the model's interface, or null when the run failed its readiness check. */
record Admission(ModelInterface model) {

    boolean refused() {
        return model == null;
    }
}
