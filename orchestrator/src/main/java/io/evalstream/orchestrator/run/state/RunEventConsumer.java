package io.evalstream.orchestrator.run.state;

import io.evalstream.pipeline.RunEvent;
import io.smallrye.common.annotation.Blocking;
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
 * Applies the run events of one Kafka poll in one transaction. A record that is not a usable RunEvent arrives without
 * a value and is nacked into the dead-letter topic; when the poll as a whole cannot be applied, each event is applied
 * on its own and only those that still fail are dead-lettered.
 */
@ApplicationScoped
public class RunEventConsumer {

    private final RunEventApplier applier;

    public RunEventConsumer(RunEventApplier applier) {
        this.applier = applier;
    }

    @Incoming("run-events")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, RunEvent> poll) {
        List<KafkaRecord<String, RunEvent>> records = new ArrayList<>();
        List<CompletableFuture<Void>> deadLettered = new ArrayList<>();
        for (KafkaRecord<String, RunEvent> record : poll.getRecords()) {
            if (record.getPayload() == null) {
                deadLettered.add(record.nack(new IllegalArgumentException(unreadable(record))).toCompletableFuture());
            } else {
                records.add(record);
            }
        }
        try {
            applier.apply(records.stream().map(KafkaRecord::getPayload).toList());
        } catch (RuntimeException e) {
            for (KafkaRecord<String, RunEvent> record : records) {
                try {
                    applier.apply(List.of(record.getPayload()));
                } catch (RuntimeException single) {
                    deadLettered.add(record.nack(single).toCompletableFuture());
                }
            }
        }
        return CompletableFuture.allOf(deadLettered.toArray(CompletableFuture[]::new)).thenCompose(done -> poll.ack());
    }

    private static String unreadable(KafkaRecord<String, RunEvent> record) {
        Header reason = record.getHeaders().lastHeader(DeserializationFailureHandler.DESERIALIZATION_FAILURE_REASON);
        return reason == null ? "record has no value, expected a RunEvent"
                : new String(reason.value(), StandardCharsets.UTF_8);
    }
}
