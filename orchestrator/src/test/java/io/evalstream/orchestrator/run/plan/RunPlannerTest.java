package io.evalstream.orchestrator.run.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.evalstream.orchestrator.benchmark.ceval.CevalLoader;
import io.evalstream.orchestrator.run.RunRejectedException;
import io.evalstream.pipeline.run.Generation;
import io.evalstream.pipeline.run.RunRequest;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.nio.file.Path;
import java.util.List;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/** Data problems surface as request errors on the benchmark field, naming the path or file. */
class RunPlannerTest {

    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();
    private static final RunRequest VAL =
            new RunRequest("ceval", "val", null, null, null, null, null, null, null, null);

    @Test
    void missingDatasetPathIsNamed() {
        RunPlanner planner = new RunPlanner(new CevalLoader(() -> Path.of("/nonexistent/ceval")), VALIDATOR);
        RunRejectedException error = assertThrows(RunRejectedException.class, () -> planner.plan(VAL));
        assertEquals("benchmark", error.field());
        assertTrue(error.getMessage().contains("/nonexistent/ceval"), error.getMessage());
    }

    @Test
    void missingColumnNamesTheFile() throws Exception {
        Path broken = Path.of(getClass().getClassLoader().getResource("ceval-broken").toURI());
        RunPlanner planner = new RunPlanner(new CevalLoader(() -> broken), VALIDATOR);
        RunRejectedException error = assertThrows(RunRejectedException.class, () -> planner.plan(VAL));
        assertEquals("benchmark", error.field());
        assertTrue(error.getMessage().contains("toy_physics_val.csv") && error.getMessage().contains("answer"),
                error.getMessage());
    }

    @Test
    void defaultsAreOpenCompassCevalGen() {
        Path data = Path.of(System.getProperty("evalstream.ceval.path"));
        RunPlan plan = new RunPlanner(new CevalLoader(() -> data), VALIDATOR)
                .plan(RunRequest.defaults());
        RunRequest settings = plan.request();
        assertEquals("val", plan.split().label());
        assertEquals("internlm2-chat", plan.template().label());
        assertEquals("internlm2-chat-1_8b", settings.model());
        assertEquals("internlm2-chat-1_8b", settings.modelAbbr());
        assertEquals(new Generation(100, 0.0, List.of("<|im_end|>", "</s>"), 0L),
                settings.generation());
        assertEquals(16, settings.batchSize());
        assertEquals("first_capital", settings.postprocessor());
        assertEquals(52, plan.subjects().size());
        assertEquals(1346, plan.questions().size());
    }
}
