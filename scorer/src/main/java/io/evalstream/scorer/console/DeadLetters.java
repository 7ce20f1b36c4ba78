package io.evalstream.scorer.console;

import io.evalstream.scorer.ingest.PredictionConsumer;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.TreeMap;

/** Prediction records this scorer sent to the dead-letter topic since it started, by reason (from its own metric). */
@ApplicationScoped
public class DeadLetters {

    private final MeterRegistry registry;

    public DeadLetters(MeterRegistry registry) {
        this.registry = registry;
    }

    public Map<String, Long> byReason() {
        Map<String, Long> counts = new TreeMap<>();
        for (Counter counter : registry.find(PredictionConsumer.DEAD_LETTERS).counters()) {
            counts.merge(String.valueOf(counter.getId().getTag("reason")), (long) counter.count(), Long::sum);
        }
        return counts;
    }
}
