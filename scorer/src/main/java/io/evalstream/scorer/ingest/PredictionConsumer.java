package io.evalstream.scorer.ingest;

import com.google.protobuf.InvalidProtocolBufferException;
import io.evalstream.pipeline.PredictionBatch;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Scores the prediction batches of one Kafka poll together; a record that cannot be scored is nacked on its own into
 * the dead-letter topic, and the poll is acknowledged once every record is stored or dead-lettered.
 */
@ApplicationScoped
public class PredictionConsumer {

    static final String DEAD_LETTERS = "evalstream.scorer.records.dead.lettered";

    private final ScoringService scoring;
    private final MeterRegistry registry;

    public PredictionConsumer(ScoringService scoring, MeterRegistry registry) {
        this.scoring = scoring;
        this.registry = registry;
    }

    @Incoming("predictions")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, byte[]> poll) {
        List<KafkaRecord<String, byte[]>> records = new ArrayList<>();
        List<PredictionBatch> batches = new ArrayList<>();
        List<CompletableFuture<Void>> deadLettered = new ArrayList<>();
        for (KafkaRecord<String, byte[]> record : poll.getRecords()) {
            try {
                batches.add(parse(record.getPayload()));
                records.add(record);
            } catch (IllegalArgumentException e) {
                deadLettered.add(deadLetter(record, e));
            }
        }
        try {
            if (!batches.isEmpty()) {
                scoring.score(batches);
            }
        } catch (RuntimeException e) {
            // One record that cannot be stored must not take the rest of the poll with it.
            for (int i = 0; i < batches.size(); i++) {
                try {
                    scoring.score(List.of(batches.get(i)));
                } catch (RuntimeException single) {
                    deadLettered.add(deadLetter(records.get(i), single));
                }
            }
        }
        return CompletableFuture.allOf(deadLettered.toArray(CompletableFuture[]::new)).thenCompose(done -> poll.ack());
    }

    private CompletableFuture<Void> deadLetter(KafkaRecord<String, byte[]> record, RuntimeException reason) {
        registry.counter(DEAD_LETTERS, "reason", reason.getClass().getSimpleName()).increment();
        return record.nack(reason).toCompletableFuture();
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
        if (batch.getPredictionsList().stream().anyMatch(p -> p.getQuestion().getQuestionId().isEmpty())) {
            throw new IllegalArgumentException("PredictionBatch " + batch.getBatchId()
                    + " has a prediction without a question id");
        }
        return batch;
    }
}
