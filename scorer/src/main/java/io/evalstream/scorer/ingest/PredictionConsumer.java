package io.evalstream.scorer.ingest;

import io.evalstream.pipeline.PredictionBatch;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.DeserializationFailureHandler;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Scores the prediction batches of one Kafka poll together; a record that cannot be scored is nacked on its own into
 * the dead-letter topic, and the poll is acknowledged once every record is stored or dead-lettered. A record that is
 * not a usable PredictionBatch arrives without a value (PredictionBatchDeserializer and its failure handler).
 */
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
    public CompletionStage<Void> consume(KafkaRecordBatch<String, PredictionBatch> poll) {
        List<KafkaRecord<String, PredictionBatch>> records = new ArrayList<>();
        List<PredictionBatch> batches = new ArrayList<>();
        List<CompletableFuture<Void>> deadLettered = new ArrayList<>();
        for (KafkaRecord<String, PredictionBatch> record : poll.getRecords()) {
            String problem = problem(record);
            if (problem != null) {
                deadLettered.add(deadLetter(record, new IllegalArgumentException(problem)));
            } else {
                batches.add(record.getPayload());
                records.add(record);
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

    private CompletableFuture<Void> deadLetter(KafkaRecord<String, PredictionBatch> record, RuntimeException reason) {
        registry.counter(DEAD_LETTERS, "reason", reason.getClass().getSimpleName()).increment();
        return record.nack(reason).toCompletableFuture();
    }

    /** Why the record cannot be scored, or null. */
    static String problem(KafkaRecord<String, PredictionBatch> record) {
        PredictionBatch batch = record.getPayload();
        if (batch == null) {
            Header reason = record.getHeaders().lastHeader(DeserializationFailureHandler.DESERIALIZATION_FAILURE_REASON);
            return reason == null ? "record has no value, expected a PredictionBatch"
                    : new String(reason.value(), StandardCharsets.UTF_8);
        }
        if (batch.getPredictionsList().stream().anyMatch(p -> p.getQuestion().getQuestionId().isEmpty())) {
            return "PredictionBatch " + batch.getBatchId() + " has a prediction without a question id";
        }
        return null;
    }
}
