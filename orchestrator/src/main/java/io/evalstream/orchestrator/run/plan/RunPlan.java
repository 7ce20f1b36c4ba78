package io.evalstream.orchestrator.run.plan;

import io.evalstream.benchmark.ceval.CevalSplit;
import io.evalstream.benchmark.ceval.CevalSubject;
import io.evalstream.benchmark.prompt.ChatTemplate;
import io.evalstream.pipeline.Question;
import io.evalstream.pipeline.run.RunRequest;
import java.util.List;

/**
 * Everything a new run needs before it is stored: the valid request with its defaults, its split and template, its
 * subjects and its rendered questions in order.
 */
public record RunPlan(RunRequest request, CevalSplit split, ChatTemplate template, List<CevalSubject> subjects,
        List<Question> questions, String promptVersion) {

    public List<String> subjectKeys() {
        return subjects.stream().map(CevalSubject::key).toList();
    }
}
