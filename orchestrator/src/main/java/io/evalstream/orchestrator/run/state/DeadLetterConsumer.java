package io.evalstream.orchestrator.run.state;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Counts the records the workers and the scorer dead-lettered, per run: the record key is the batch id
 * ({@code <run id>/<sequence>}) or the run id. A redelivered dead letter may be counted twice.
 */
@ApplicationScoped
public class DeadLetterConsumer {

    private final RunStore store;
    private final MeterRegistry registry;

    public DeadLetterConsumer(RunStore store, MeterRegistry registry) {
        this.store = store;
        this.registry = registry;
    }

    @Incoming("dead-letters")
    @Blocking
    public void consume(ConsumerRecord<String, byte[]> record) {
        registry.counter("evalstream.dead.letters", "topic", record.topic()).increment();
        if (record.key() != null && !record.key().isEmpty()) {
            int slash = record.key().indexOf('/');
            store.countDeadLetter(slash < 0 ? record.key() : record.key().substring(0, slash));
        }
    }
}
