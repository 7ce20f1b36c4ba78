package io.evalstream.orchestrator.run.plan;

import io.evalstream.benchmark.ceval.CevalSubject;
import io.evalstream.pipeline.Question;
import java.util.List;

/** Everything a new run needs before it is stored: validated settings and its rendered questions in order. */
public record RunPlan(RunValidator.Settings settings, List<CevalSubject> subjects, List<Question> questions,
        String promptVersion) {

    public List<String> subjectKeys() {
        return subjects.stream().map(CevalSubject::key).toList();
    }
}
