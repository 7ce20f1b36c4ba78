package io.evalstream.orchestrator.run.state;

import io.evalstream.pipeline.RunEvent;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Applies the scorer's and workers' run events; a record that is not a usable RunEvent never gets here (DLQ). */
@ApplicationScoped
public class RunEventConsumer {

    private final RunEventApplier applier;

    public RunEventConsumer(RunEventApplier applier) {
        this.applier = applier;
    }

    @Incoming("run-events")
    @Blocking
    public void consume(RunEvent event) {
        applier.apply(event);
    }
}
