package io.evalstream.orchestrator.run.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.evalstream.benchmark.prompt.Hashes;
import io.evalstream.orchestrator.benchmark.ceval.CevalLoader;
import io.evalstream.orchestrator.benchmark.ceval.RenderedQuestions;
import io.evalstream.orchestrator.run.RunRejectedException;
import io.evalstream.pipeline.Question;
import io.evalstream.pipeline.run.Generation;
import io.evalstream.pipeline.run.RunRequest;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Data problems surface as request errors on the benchmark field, naming the path or file; rendered prompts are
 * reused only while the data stays the same.
 */
class RunPlannerTest {

    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();
    private static final RunRequest VAL =
            new RunRequest("ceval", "val", null, null, null, null, null, null, null, null);
    private static final RenderedQuestions RENDERED = new RenderedQuestions(() -> 30000);

    @Test
    void missingDatasetPathIsNamed() {
        RunPlanner planner = new RunPlanner(new CevalLoader(() -> Path.of("/nonexistent/ceval")), RENDERED, VALIDATOR);
        RunRejectedException error = assertThrows(RunRejectedException.class, () -> planner.plan(VAL));
        assertEquals("benchmark", error.field());
        assertTrue(error.getMessage().contains("/nonexistent/ceval"), error.getMessage());
    }

    @Test
    void missingColumnNamesTheFile() throws Exception {
        Path broken = Path.of(getClass().getClassLoader().getResource("ceval-broken").toURI());
        RunPlanner planner = new RunPlanner(new CevalLoader(() -> broken), RENDERED, VALIDATOR);
        RunRejectedException error = assertThrows(RunRejectedException.class, () -> planner.plan(VAL));
        assertEquals("benchmark", error.field());
        assertTrue(error.getMessage().contains("toy_physics_val.csv") && error.getMessage().contains("answer"),
                error.getMessage());
    }

    @Test
    void defaultsAreOpenCompassCevalGen() {
        Path data = Path.of(System.getProperty("evalstream.ceval.path"));
        RunPlan plan = new RunPlanner(new CevalLoader(() -> data), RENDERED, VALIDATOR)
                .plan(RunRequest.defaults());
        RunRequest settings = plan.request();
        assertEquals("val", plan.split().label());
        assertEquals("internlm2-chat", plan.template().label());
        assertEquals("internlm2-chat-1_8b", settings.model());
        assertEquals("internlm2-chat-1_8b", settings.modelAbbr());
        assertEquals(new Generation(100, 0.0, List.of("<|im_end|>", "</s>"), 0L),
                settings.generation());
        assertEquals(64, settings.batchSize());
        assertEquals("first_capital", settings.postprocessor());
        assertEquals(52, plan.subjects().size());
        assertEquals(1346, plan.questions().size());
    }

    @Test
    void aSecondRunGetsTheSamePromptsAndAChangedFileIsRenderedAgain(@TempDir Path copy) throws Exception {
        // The toy history files under an official subject's name: a request names only official subjects.
        Path toy = Path.of(getClass().getClassLoader().getResource("ceval-broken").toURI());
        Files.createDirectories(copy.resolve("dev"));
        Files.createDirectories(copy.resolve("val"));
        Files.copy(toy.resolve("dev/toy_history_dev.csv"), copy.resolve("dev/logic_dev.csv"));
        Files.copy(toy.resolve("val/toy_history_val.csv"), copy.resolve("val/logic_val.csv"));
        Files.writeString(copy.resolve("subject_mapping.json"), "{\"logic\": [\"Logic\", \"逻辑学\", \"Humanities\"]}");
        RunPlanner planner = new RunPlanner(new CevalLoader(() -> copy), new RenderedQuestions(() -> 100), VALIDATOR);
        RunRequest history = new RunRequest("ceval", "val", List.of("logic"), null, null, null, null, null, null, null);
        List<Question> first = planner.plan(history).questions();
        assertEquals(first, planner.plan(history).questions());
        assertFalse(first.getFirst().getPrompt().contains("changed"), first.getFirst().getPrompt());

        Files.writeString(copy.resolve("val/logic_val.csv"), "id,question,A,B,C,D,answer\n7,changed,a,b,c,d,D\n");
        Question changed = planner.plan(history).questions().getFirst();
        assertTrue(changed.getPrompt().contains("changed"), changed.getPrompt());
        assertEquals(Hashes.sha256(changed.getPrompt()), changed.getPromptHash());
    }
}
