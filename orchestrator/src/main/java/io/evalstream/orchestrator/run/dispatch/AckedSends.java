package io.evalstream.orchestrator.run.dispatch;

import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Records sent with a future that completes when Kafka acknowledged them, and a bounded wait for many of those. */
public final class AckedSends {

    private AckedSends() {
    }

    public static <T> CompletableFuture<Void> send(Emitter<T> emitter, String key, T payload, Runnable onAck) {
        CompletableFuture<Void> ack = new CompletableFuture<>();
        emitter.send(Message.of(payload)
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(key).build())
                .withAck(() -> {
                    onAck.run();
                    ack.complete(null);
                    return CompletableFuture.completedFuture(null);
                })
                .withNack(failure -> {
                    ack.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                }));
        return ack;
    }

    /** Throws {@link QuestionPublisher.PublishException} when a record is refused or not acknowledged in time. */
    public static void await(List<CompletableFuture<Void>> acks, Duration timeout) {
        try {
            CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new QuestionPublisher.PublishException("Kafka refused a batch: " + e.getCause().getMessage(),
                    e.getCause());
        } catch (TimeoutException e) {
            throw new QuestionPublisher.PublishException("Kafka did not acknowledge the batches within " + timeout, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new QuestionPublisher.PublishException("interrupted while publishing batches", e);
        }
    }
}
