package io.evalstream.scorer.ingest;

import io.evalstream.pipeline.PredictionBatch;
import io.evalstream.pipeline.RunEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.Retry;

/** Stores a set of batches in one transaction and, only after it committed, announces the runs' progress. */
@ApplicationScoped
public class ScoringService {

    private final PredictionStore store;
    private final RunEventSender sender;
    private final Counter stored;

    public ScoringService(PredictionStore store, RunEventSender sender, MeterRegistry registry) {
        this.store = store;
        this.sender = sender;
        this.stored = registry.counter("evalstream.scorer.predictions.stored");
    }

    // Storing is idempotent, so a transient database or broker failure is retried rather than dead-lettered.
    @Retry(maxRetries = 5, delay = 250, jitter = 100, abortOn = IllegalArgumentException.class)
    public void score(List<PredictionBatch> batches) {
        List<RunEvent> events = store.store(batches);
        stored.increment(batches.stream().mapToInt(PredictionBatch::getPredictionsCount).sum());
        sender.send(events);
    }
}
