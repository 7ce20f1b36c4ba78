package io.evalstream.pipeline.kafka;

import io.evalstream.pipeline.RunEvent;

public class RunEventDeserializer extends ProtobufDeserializer<RunEvent> {

    public RunEventDeserializer() {
        super("RunEvent", RunEvent.parser());
    }

    @Override
    protected String problem(RunEvent event) {
        if (event.getRunId().isBlank()) {
            return "has no run_id";
        }
        if (event.getType() == RunEvent.Type.TYPE_UNSPECIFIED || event.getType() == RunEvent.Type.UNRECOGNIZED) {
            return "for run " + event.getRunId() + " has no known type";
        }
        return null;
    }
}
