package io.evalstream.orchestrator.run;

import static io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion.record;

import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

/** SmallRye's Kafka test companion on the real broker, independent of the application's messaging. */
public final class TestKafka {

    private static final KafkaCompanion COMPANION = new KafkaCompanion("127.0.0.1:9092");

    private TestKafka() {
    }

    public static void send(String topic, String key, byte[] value) {
        COMPANION.produce(String.class, byte[].class).fromRecords(record(topic, key, value)).awaitCompletion();
    }

    /** The current end offset of every partition (empty when the topic does not exist yet). */
    public static Map<TopicPartition, Long> endOffsets(String topic) {
        if (!COMPANION.topics().list().contains(topic)) {
            return Map.of();
        }
        Map<TopicPartition, OffsetSpec> latest = COMPANION.topics().describe(topic).get(topic).partitions().stream()
                .collect(Collectors.toMap(p -> new TopicPartition(topic, p.partition()), p -> OffsetSpec.latest()));
        return COMPANION.offsets().list(latest).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }

    public static long total(Map<TopicPartition, Long> offsets) {
        return offsets.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Every record from {@code from} (the beginning for partitions not in it) up to the current end. */
    public static List<ConsumerRecord<String, byte[]>> read(String topic, Map<TopicPartition, Long> from) {
        Map<TopicPartition, Long> end = endOffsets(topic);
        Map<TopicPartition, Long> start = new HashMap<>();
        end.keySet().forEach(p -> start.put(p, from.getOrDefault(p, 0L)));
        long count = end.entrySet().stream().mapToLong(e -> e.getValue() - start.get(e.getKey())).sum();
        if (count == 0) {
            return List.of();
        }
        return COMPANION.consume(String.class, byte[].class).fromOffsets(start, count)
                .awaitCompletion(Duration.ofSeconds(60)).getRecords();
    }
}
