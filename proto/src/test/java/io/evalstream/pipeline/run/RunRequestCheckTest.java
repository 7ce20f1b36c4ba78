package io.evalstream.pipeline.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Optional;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/** The run request's constraints, said in the request's terms with the field named. */
class RunRequestCheckTest {

    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    @Test
    void defaultsAreOpenCompassCevalGenAndValid() {
        RunRequest request = RunRequest.defaults().withDefaults();
        assertEquals(new RunRequest("ceval", "val", null, "internlm2-chat-1_8b", "internlm2-chat-1_8b",
                "internlm2-chat", new Generation(100, 0.0, List.of("<|im_end|>", "</s>"), 0L), 64, "first_capital",
                false), request);
        assertEquals(List.of(), RunRequestCheck.problems(VALIDATOR, request));
    }

    @Test
    void theModelAbbreviationDefaultsToTheModelAndTheStopStringsToTheTemplate() {
        RunRequest request = new RunRequest(null, null, null, "qwen", null, "none", null, null, null, null)
                .withDefaults();
        assertEquals("qwen", request.modelAbbr());
        assertEquals(List.of(), request.generation().stop());
    }

    @Test
    void anUnknownPostprocessorNamesTheFieldAndTheAllowedValues() {
        assertEquals(Optional.of(new FieldProblem("postprocessor",
                        "postprocessor must be one of first_capital, first_option, got 'regex'")),
                problem(new RunRequest(null, null, null, null, null, null, null, null, "regex", null)));
    }

    @Test
    void unknownSplitTemplateAndBenchmarkListWhatIsKnown() {
        assertEquals("split must be one of dev, val, test, got 'VAL'",
                problem(new RunRequest(null, "VAL", null, null, null, null, null, null, null, null)).orElseThrow()
                        .message());
        assertEquals("template must be one of internlm2-chat, none, got 'chatml'",
                problem(new RunRequest(null, null, null, null, null, "chatml", null, null, null, null)).orElseThrow()
                        .message());
        assertEquals("benchmark must be one of ceval, got ''",
                problem(new RunRequest("", null, null, null, null, null, null, null, null, null)).orElseThrow()
                        .message());
    }

    @Test
    void generationSettingsOutOfRangeNameTheirPath() {
        assertEquals(new FieldProblem("generation.maxNewTokens",
                        "generation.maxNewTokens must be between 1 and 32768, got 32769"),
                problem(generation(new Generation(32769, null, null, null))).orElseThrow());
        assertEquals(new FieldProblem("generation.temperature",
                        "generation.temperature must be between 0 and 2, got 2.01"),
                problem(generation(new Generation(null, 2.01, null, null))).orElseThrow());
        assertEquals(new FieldProblem("generation.seed", "generation.seed must not be negative, got -5"),
                problem(generation(new Generation(null, null, null, -5L))).orElseThrow());
        assertEquals(new FieldProblem("generation.stop[1]", "generation.stop[1] must not be empty, got ''"),
                problem(generation(new Generation(null, null, List.of("a", ""), null))).orElseThrow());
    }

    @Test
    void subjectsAreKnownAndDistinctAndTheProblemNamesTheirIndex() {
        assertEquals("subjects[1]", problem(subjects(List.of("logic", "underwater_basket_weaving")))
                .orElseThrow().field());
        FieldProblem repeated = problem(subjects(List.of("physician", "logic", "physician"))).orElseThrow();
        assertEquals("subjects[2]", repeated.field());
        assertTrue(repeated.message().contains("'physician' again"), repeated.message());
        assertEquals("subjects", problem(subjects(List.of())).orElseThrow().field());
    }

    @Test
    void aModelNameWithASlashNeedsItsOwnAbbreviation() {
        FieldProblem problem = problem(new RunRequest(null, null, null, "org/model", null, null, null, null, null,
                null)).orElseThrow();
        assertEquals("modelAbbr", problem.field());
        assertTrue(problem.message().startsWith("modelAbbr names a folder of the outputs and must not contain / or \\"),
                problem.message());
        assertEquals(Optional.empty(), problem(new RunRequest(null, null, null, "org/model", "model", null, null,
                null, null, null)));
    }

    @Test
    void aBlankModelIsReportedOnTheModelBeforeItsDefaultedAbbreviation() {
        assertEquals(new FieldProblem("model", "model must not be blank, got '  '"),
                problem(new RunRequest(null, null, null, "  ", null, null, null, null, null, null)).orElseThrow());
    }

    private static RunRequest generation(Generation generation) {
        return new RunRequest(null, null, null, null, null, null, generation, null, null, null);
    }

    private static RunRequest subjects(List<String> subjects) {
        return new RunRequest(null, null, subjects, null, null, null, null, null, null, null);
    }

    private static Optional<FieldProblem> problem(RunRequest request) {
        return RunRequestCheck.firstProblem(VALIDATOR, request.withDefaults());
    }
}
