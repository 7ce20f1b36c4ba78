package io.evalstream.orchestrator.kubernetes;

import io.evalstream.orchestrator.run.RunRequest;

/** An EvalRun's spec as the run API's request: the same fields, so the same validation and defaults apply. */
final class EvalRunRequests {

    private EvalRunRequests() {
    }

    static RunRequest of(EvalRunSpec spec) {
        if (spec == null) {
            return RunRequest.defaults();
        }
        EvalRunSpec.Generation g = spec.generation();
        RunRequest.GenerationRequest generation = g == null ? null
                : new RunRequest.GenerationRequest(g.maxNewTokens(), g.temperature(), g.stop(), g.seed());
        return new RunRequest(spec.benchmark(), spec.split(), spec.subjects(), spec.model(), spec.modelAbbr(),
                spec.template(), generation, spec.batchSize(), spec.postprocessor(), spec.reuse());
    }
}
