package io.evalstream.orchestrator.kubernetes;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** Each EvalRun's progress and accuracy as gauges, tagged with the resource name and run id, for the dashboard. */
@ApplicationScoped
class EvalRunMetrics {

    private final MultiGauge total;
    private final MultiGauge done;
    private final MultiGauge accuracy;

    EvalRunMetrics(MeterRegistry registry) {
        total = MultiGauge.builder("evalstream.evalrun.questions.total").description("Questions of the run")
                .register(registry);
        done = MultiGauge.builder("evalstream.evalrun.questions.done").description("Questions with a stored result")
                .register(registry);
        accuracy = MultiGauge.builder("evalstream.evalrun.accuracy")
                .description("Accuracy so far; the benchmark's headline score once succeeded").register(registry);
    }

    void show(List<EvalRun> resources) {
        List<EvalRun> withRun = resources.stream()
                .filter(r -> r.getStatus() != null && r.getStatus().runId() != null).toList();
        total.register(rows(withRun, s -> s.total()), true);
        done.register(rows(withRun, s -> s.done()), true);
        accuracy.register(rows(withRun, s -> s.accuracy()), true);
    }

    private static List<MultiGauge.Row<?>> rows(List<EvalRun> resources, Function<EvalRunStatus, Number> value) {
        return resources.stream().filter(r -> value.apply(r.getStatus()) != null)
                .<MultiGauge.Row<?>>map(r -> MultiGauge.Row.of(
                        Tags.of("evalrun", r.getMetadata().getName(), "run", Objects.toString(r.getStatus().runId())),
                        value.apply(r.getStatus())))
                .toList();
    }
}
