package io.evalstream.pipeline.kafka;

import io.evalstream.pipeline.RunControl;

public class RunControlSerializer extends ProtobufSerializer<RunControl> {
}
