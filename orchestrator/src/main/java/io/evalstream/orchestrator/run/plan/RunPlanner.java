package io.evalstream.orchestrator.run.plan;

import io.evalstream.benchmark.ceval.CevalDatasetException;
import io.evalstream.benchmark.ceval.CevalPrompts;
import io.evalstream.benchmark.ceval.CevalSource;
import io.evalstream.benchmark.ceval.CevalSubject;
import io.evalstream.orchestrator.benchmark.ceval.CevalLoader;
import io.evalstream.orchestrator.benchmark.ceval.RenderedQuestions;
import io.evalstream.orchestrator.run.RunRejectedException;
import io.evalstream.orchestrator.run.RunRequest;
import io.evalstream.pipeline.Question;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/** Validates a request and renders its questions; any problem is a {@link RunRejectedException}. */
@ApplicationScoped
public class RunPlanner {

    private final CevalLoader loader;
    private final RenderedQuestions rendered;
    private final QuestionBatchConfig batches;

    public RunPlanner(CevalLoader loader, RenderedQuestions rendered, QuestionBatchConfig batches) {
        this.loader = loader;
        this.rendered = rendered;
        this.batches = batches;
    }

    public RunPlan plan(RunRequest request) {
        RunValidator.Settings settings = RunValidator.settings(request, batches.defaultBatchSize());
        try {
            CevalSource source = loader.open();
            List<CevalSubject> subjects = RunValidator.subjects(request.subjects(), source.subjects());
            List<Question> questions = new ArrayList<>();
            for (CevalSubject subject : subjects) {
                questions.addAll(rendered.of(source, settings.split(), subject, settings.template()));
            }
            if (questions.isEmpty()) {
                throw new RunRejectedException("subjects", "the selected subjects have no "
                        + settings.split().label() + " questions");
            }
            return new RunPlan(settings, subjects, List.copyOf(questions), CevalPrompts.templateHash(settings.template()));
        } catch (CevalDatasetException e) {
            throw new RunRejectedException("benchmark", e.getMessage());
        }
    }
}
