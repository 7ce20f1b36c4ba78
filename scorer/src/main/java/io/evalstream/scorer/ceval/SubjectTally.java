package io.evalstream.scorer.ceval;

import io.evalstream.benchmark.ceval.Accuracy;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** Scored questions of one subject of a run (also built by a JPQL constructor expression). */
@RegisterForReflection
public record SubjectTally(String subject, long correct, long total) {

    /** OpenCompass's AccEvaluator: the fraction first, then times 100 (the order matters for the last digit). */
    public double accuracy() {
        return Accuracy.percent(correct, total);
    }
}
