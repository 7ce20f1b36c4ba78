package io.evalstream.orchestrator.kubernetes;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Each EvalRun's progress and accuracy as gauges, tagged with the resource name and run id, for the dashboard. Only
 * the replica that holds the Lease reconciles, so only it shows them.
 */
@ApplicationScoped
class EvalRunMetrics {

    private final MultiGauge total;
    private final MultiGauge done;
    private final MultiGauge accuracy;
    private final Map<String, Shown> shown = new ConcurrentHashMap<>();

    EvalRunMetrics(MeterRegistry registry) {
        total = MultiGauge.builder("evalstream.evalrun.questions.total").description("Questions of the run")
                .register(registry);
        done = MultiGauge.builder("evalstream.evalrun.questions.done").description("Questions with a stored result")
                .register(registry);
        accuracy = MultiGauge.builder("evalstream.evalrun.accuracy")
                .description("Accuracy so far; the benchmark's headline score once succeeded").register(registry);
    }

    synchronized void show(EvalRun resource, EvalRunStatus status) {
        if (status.runId() == null) {
            shown.remove(resource.getMetadata().getUid());
        } else {
            shown.put(resource.getMetadata().getUid(), new Shown(resource.getMetadata().getName(), status));
        }
        refresh();
    }

    synchronized void forget(EvalRun resource) {
        shown.remove(resource.getMetadata().getUid());
        refresh();
    }

    private void refresh() {
        total.register(rows(s -> s.total()), true);
        done.register(rows(s -> s.done()), true);
        accuracy.register(rows(s -> s.accuracy()), true);
    }

    private List<MultiGauge.Row<?>> rows(Function<EvalRunStatus, Number> value) {
        return shown.values().stream().filter(s -> value.apply(s.status()) != null)
                .<MultiGauge.Row<?>>map(s -> MultiGauge.Row.of(Tags.of("evalrun", s.name(), "run", s.status().runId()),
                        s, shown -> value.apply(shown.status()).doubleValue()))
                .toList();
    }

    /** Held here, so the gauges (which hold their objects weakly) never read a collected one. */
    private record Shown(String name, EvalRunStatus status) {
    }
}
