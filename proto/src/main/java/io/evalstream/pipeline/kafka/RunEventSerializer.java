package io.evalstream.pipeline.kafka;

import io.evalstream.pipeline.RunEvent;

public class RunEventSerializer extends ProtobufSerializer<RunEvent> {
}
