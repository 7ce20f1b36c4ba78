package io.evalstream.pipeline.kafka;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Publishes {@code evalstream.topics.<name>} and {@code evalstream.topics.<name>-dlq} for every pipeline topic,
 * prefixed with {@code evalstream.kafka.topic-prefix}, so that channel configuration names no topic itself:
 * {@code mp.messaging.incoming.questions.topic=${evalstream.topics.questions}}. Registered through the
 * {@link java.util.ServiceLoader}; any other source overrides it.
 */
public class PipelineTopicsConfigSource implements ConfigSource {

    private static final String PREFIX = "${evalstream.kafka.topic-prefix}";
    private static final Map<String, String> TOPICS = topics();

    private static Map<String, String> topics() {
        Map<String, String> topics = new LinkedHashMap<>();
        for (String name : PipelineTopics.ALL) {
            topics.put("evalstream.topics." + name, PipelineTopics.topic(PREFIX, name));
            topics.put("evalstream.topics." + name + "-dlq", PipelineTopics.deadLetters(PREFIX, name));
        }
        return Map.copyOf(topics);
    }

    @Override
    public Set<String> getPropertyNames() {
        return TOPICS.keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return TOPICS.get(propertyName);
    }

    @Override
    public String getName() {
        return "evalstream-pipeline-topics";
    }

    @Override
    public int getOrdinal() {
        return 50;
    }
}
