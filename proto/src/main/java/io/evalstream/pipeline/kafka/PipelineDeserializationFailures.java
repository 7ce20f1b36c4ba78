package io.evalstream.pipeline.kafka;

import org.apache.kafka.common.header.Headers;
import org.jboss.logging.Logger;

import com.google.protobuf.MessageLite;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.DeserializationFailureHandler;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The failure handler of every channel reading a pipeline topic
 * ({@code value-deserialization-failure-handler=pipeline-dead-letters}). SmallRye has already put the reason and the
 * original bytes in the record's headers; the record then reaches the application without a value and, with
 * {@code failure-strategy=dead-letter-queue}, goes to the dead-letter topic as it was written, with the reason.
 */
@ApplicationScoped
@Identifier(PipelineDeserializationFailures.NAME)
public class PipelineDeserializationFailures implements DeserializationFailureHandler<MessageLite> {

    public static final String NAME = "pipeline-dead-letters";
    private static final Logger LOG = Logger.getLogger(PipelineDeserializationFailures.class);

    @Override
    public MessageLite handleDeserializationFailure(String topic, boolean isKey, String deserializer, byte[] data,
            Exception exception, Headers headers) {
        LOG.warnf("Dead-lettering a record of %s: %s", topic, exception.getMessage());
        return null;
    }
}
