package io.evalstream.pipeline.kafka;

import io.evalstream.pipeline.ReuseCommand;

public class ReuseCommandSerializer extends ProtobufSerializer<ReuseCommand> {
}
