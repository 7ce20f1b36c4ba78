package io.evalstream.pipeline.kafka;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.MessageLite;
import com.google.protobuf.Parser;

/**
 * Reads a pipeline message and checks what every consumer relies on. A record that fails throws a
 * {@link SerializationException} whose message is the reason; the channel's failure handler
 * ({@link PipelineDeserializationFailures}) sends it to the dead-letter topic with that reason.
 */
public abstract class ProtobufDeserializer<T extends MessageLite> implements Deserializer<T> {

    private final String type;
    private final Parser<T> parser;

    protected ProtobufDeserializer(String type, Parser<T> parser) {
        this.type = type;
        this.parser = parser;
    }

    @Override
    public T deserialize(String topic, byte[] data) {
        if (data == null) {
            throw new SerializationException("record has no value, expected a " + type);
        }
        T message;
        try {
            message = parser.parseFrom(data);
        } catch (InvalidProtocolBufferException e) {
            throw new SerializationException("not a " + type + ": " + e.getMessage(), e);
        }
        String problem = problem(message);
        if (problem != null) {
            throw new SerializationException(type + " " + problem);
        }
        return message;
    }

    /** What makes the message unusable, or null. */
    protected abstract String problem(T message);
}
