package io.evalstream.pipeline.kafka;

import org.apache.kafka.common.serialization.Serializer;

import com.google.protobuf.MessageLite;

/** Writes a pipeline message as its protobuf encoding. */
public class ProtobufSerializer<T extends MessageLite> implements Serializer<T> {

    @Override
    public byte[] serialize(String topic, T message) {
        return message == null ? null : message.toByteArray();
    }
}
