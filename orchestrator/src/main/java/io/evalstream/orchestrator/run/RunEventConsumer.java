package io.evalstream.orchestrator.run;

import com.google.protobuf.InvalidProtocolBufferException;
import io.evalstream.pipeline.RunEvent;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Applies the scorer's and workers' run events; a record that is not a usable RunEvent goes to the DLQ. */
@ApplicationScoped
public class RunEventConsumer {

    private final RunEventApplier applier;

    public RunEventConsumer(RunEventApplier applier) {
        this.applier = applier;
    }

    @Incoming("run-events")
    @Blocking
    public void consume(byte[] payload) {
        applier.apply(parse(payload));
    }

    static RunEvent parse(byte[] payload) {
        if (payload == null) {
            throw new IllegalArgumentException("run event record has no value");
        }
        RunEvent event;
        try {
            event = RunEvent.parseFrom(payload);
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalArgumentException("run event is not a RunEvent protobuf: " + e.getMessage(), e);
        }
        if (event.getRunId().isBlank()) {
            throw new IllegalArgumentException("run event has no run_id");
        }
        if (event.getType() == RunEvent.Type.TYPE_UNSPECIFIED || event.getType() == RunEvent.Type.UNRECOGNIZED) {
            throw new IllegalArgumentException("run event for run " + event.getRunId() + " has no known type");
        }
        return event;
    }
}
