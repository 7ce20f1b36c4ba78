package io.evalstream.orchestrator.run.control;

import io.evalstream.orchestrator.run.dispatch.QuestionPublisher;
import io.evalstream.pipeline.RunControl;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Tells every worker a run's control state on the compacted run-control topic, keyed by run id. */
@ApplicationScoped
public class RunControlPublisher {

    private final MutinyEmitter<RunControl> emitter;

    public RunControlPublisher(@Channel("run-control") MutinyEmitter<RunControl> emitter) {
        this.emitter = emitter;
    }

    /** Returns once Kafka acknowledged the record; throws {@link QuestionPublisher.PublishException} otherwise. */
    public void send(String runId, RunControl.State state, Duration timeout) {
        RunControl control = RunControl.newBuilder().setRunId(runId).setState(state)
                .setEmittedAtMillis(System.currentTimeMillis()).build();
        try {
            emitter.sendMessage(Message.of(control)
                    .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(runId).build()))
                    .await().atMost(timeout);
        } catch (RuntimeException e) {
            throw new QuestionPublisher.PublishException("Kafka did not take the " + state + " control record of run "
                    + runId + ": " + e.getMessage(), e);
        }
    }
}
