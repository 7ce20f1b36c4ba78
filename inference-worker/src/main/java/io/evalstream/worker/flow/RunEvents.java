package io.evalstream.worker.flow;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.evalstream.pipeline.RunEvent;
import io.evalstream.pipeline.RunInfo;
import io.evalstream.worker.inference.WorkerIdentity;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;

/** Publishes the worker's run events (FAILED when a run's model cannot be served), keyed by run id. */
@ApplicationScoped
public class RunEvents {

    private final MutinyEmitter<RunEvent> emitter;
    private final WorkerIdentity worker;

    RunEvents(@Channel("run-events") MutinyEmitter<RunEvent> emitter, WorkerIdentity worker) {
        this.emitter = emitter;
        this.worker = worker;
    }

    /** Completes once Kafka acknowledged the event. */
    public Uni<Void> failed(RunInfo run, String reason) {
        RunEvent event = RunEvent.newBuilder()
                .setRunId(run.getRunId())
                .setType(RunEvent.Type.FAILED)
                .setExpected(run.getExpectedQuestions())
                .setMessage(reason)
                .setSource("inference-worker/" + worker.id())
                .setEmittedAtMillis(System.currentTimeMillis())
                .build();
        return emitter.sendMessage(Message.of(event)
                .addMetadata(OutgoingKafkaRecordMetadata.<String> builder().withKey(run.getRunId()).build()));
    }
}
