package io.evalstream.orchestrator.run.plan;

import io.evalstream.benchmark.ceval.CevalDatasetException;
import io.evalstream.benchmark.ceval.CevalPrompts;
import io.evalstream.benchmark.ceval.CevalSource;
import io.evalstream.benchmark.ceval.CevalSplit;
import io.evalstream.benchmark.ceval.CevalSubject;
import io.evalstream.benchmark.prompt.ChatTemplate;
import io.evalstream.orchestrator.benchmark.ceval.CevalLoader;
import io.evalstream.orchestrator.benchmark.ceval.RenderedQuestions;
import io.evalstream.orchestrator.run.RunRejectedException;
import io.evalstream.pipeline.Question;
import io.evalstream.pipeline.run.RunRequest;
import io.evalstream.pipeline.run.RunRequestCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;

/** Validates a request with its defaults and renders its questions; any problem is a {@link RunRejectedException}. */
@ApplicationScoped
public class RunPlanner {

    private final CevalLoader loader;
    private final RenderedQuestions rendered;
    private final Validator validator;

    public RunPlanner(CevalLoader loader, RenderedQuestions rendered, Validator validator) {
        this.loader = loader;
        this.rendered = rendered;
        this.validator = validator;
    }

    public RunPlan plan(RunRequest given) {
        RunRequest request = given.withDefaults();
        RunRequestCheck.firstProblem(validator, request).ifPresent(problem -> {
            throw new RunRejectedException(problem.field(), problem.message());
        });
        CevalSplit split = CevalSplit.byLabel(request.split()).orElseThrow();
        ChatTemplate template = ChatTemplate.byLabel(request.template()).orElseThrow();
        try {
            CevalSource source = loader.open();
            List<CevalSubject> subjects = subjects(request.subjects(), source);
            List<Question> questions = new ArrayList<>();
            for (CevalSubject subject : subjects) {
                questions.addAll(rendered.of(source, split, subject, template));
            }
            if (questions.isEmpty()) {
                throw new RunRejectedException("subjects", "the selected subjects have no " + split.label()
                        + " questions");
            }
            return new RunPlan(request, split, template, subjects, List.copyOf(questions),
                    CevalPrompts.templateHash(template));
        } catch (CevalDatasetException e) {
            throw new RunRejectedException("benchmark", e.getMessage());
        }
    }

    /** The requested subjects (all, in mapping order, when omitted) as the data describes them. */
    private static List<CevalSubject> subjects(List<String> requested, CevalSource source) {
        if (requested == null) {
            return source.subjects();
        }
        List<CevalSubject> subjects = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            String key = requested.get(i);
            subjects.add(source.subject(key).orElseThrow(() -> new RunRejectedException("benchmark",
                    "the C-Eval data has no subject '" + key + "'")));
        }
        return List.copyOf(subjects);
    }
}
