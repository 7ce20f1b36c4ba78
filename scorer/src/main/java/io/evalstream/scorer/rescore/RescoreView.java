package io.evalstream.scorer.rescore;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** The outcome of a rescore: how many stored results were re-extracted and how many now have another prediction. */
@RegisterForReflection
public record RescoreView(String runId, String postprocessor, long rescored, long changed, long correct,
        boolean complete, Double accuracy, Double weightedAverage) {
}
