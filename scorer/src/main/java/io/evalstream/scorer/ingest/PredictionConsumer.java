package io.evalstream.scorer.ingest;

import com.google.protobuf.InvalidProtocolBufferException;
import io.evalstream.pipeline.PredictionBatch;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Scores prediction batches from Kafka; a record that cannot be scored is nacked into the dead-letter topic. */
@ApplicationScoped
public class PredictionConsumer {

    public static final String DEAD_LETTERS = "evalstream.scorer.records.dead.lettered";

    private final ScoringService scoring;
    private final MeterRegistry registry;

    public PredictionConsumer(ScoringService scoring, MeterRegistry registry) {
        this.scoring = scoring;
        this.registry = registry;
    }

    @Incoming("predictions")
    @Blocking
    public void consume(byte[] payload) {
        try {
            scoring.score(parse(payload));
        } catch (RuntimeException e) {
            registry.counter(DEAD_LETTERS, "reason", e.getClass().getSimpleName()).increment();
            throw e;
        }
    }

    static PredictionBatch parse(byte[] payload) {
        if (payload == null) {
            throw new IllegalArgumentException("record has no value, expected a PredictionBatch");
        }
        PredictionBatch batch;
        try {
            batch = PredictionBatch.parseFrom(payload);
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalArgumentException("value is not a PredictionBatch: " + e.getMessage(), e);
        }
        if (batch.getRun().getRunId().isEmpty()) {
            throw new IllegalArgumentException("PredictionBatch " + batch.getBatchId() + " carries no run id");
        }
        return batch;
    }
}
