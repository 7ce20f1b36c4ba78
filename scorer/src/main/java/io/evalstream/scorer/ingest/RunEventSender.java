package io.evalstream.scorer.ingest;

import io.evalstream.pipeline.RunEvent;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Publishes run events keyed by run id and waits for the broker's acknowledgement of all of them. */
@ApplicationScoped
public class RunEventSender {

    private final MutinyEmitter<RunEvent> emitter;

    public RunEventSender(@Channel("run-events") MutinyEmitter<RunEvent> emitter) {
        this.emitter = emitter;
    }

    public void send(List<RunEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        List<Uni<Void>> sent = events.stream().map(event -> emitter.sendMessage(Message.of(event)
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(event.getRunId()).build())))
                .toList();
        Uni.join().all(sent).andFailFast().await().indefinitely();
    }
}
