package io.evalstream.pipeline.kafka;

import io.evalstream.pipeline.RunControl;

public class RunControlDeserializer extends ProtobufDeserializer<RunControl> {

    public RunControlDeserializer() {
        super("RunControl", RunControl.parser());
    }

    @Override
    protected String problem(RunControl control) {
        if (control.getRunId().isBlank()) {
            return "has no run_id";
        }
        if (control.getState() == RunControl.State.STATE_UNSPECIFIED
                || control.getState() == RunControl.State.UNRECOGNIZED) {
            return "for run " + control.getRunId() + " has no state";
        }
        return null;
    }
}
