package io.evalstream.orchestrator.run.plan;

import io.evalstream.orchestrator.run.RunRequest;
import io.evalstream.orchestrator.run.state.RunEntity;
import java.util.List;

/** The request a stored run was planned from, so that its questions render again exactly as first published. */
public final class RunRequests {

    private RunRequests() {
    }

    public static RunRequest of(RunEntity run) {
        return new RunRequest(run.benchmark, run.split, List.of(run.subjects), run.model, run.modelAbbr, run.template,
                new RunRequest.GenerationRequest(run.maxNewTokens, run.temperature, List.of(run.stopStrings),
                        run.seed),
                run.batchSize, run.postprocessor, null);
    }
}
