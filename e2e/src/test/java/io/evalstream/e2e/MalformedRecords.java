package io.evalstream.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Records no consumer can use, written to the pipeline's topics: garbage bytes, an empty value, no value at all, and
 * a valid protobuf message of another topic's type. Each must reach the topic's dead-letter topic with a reason.
 */
final class MalformedRecords {

    /** One record written to {@code topic}, found again in the dead-letter topic by its source partition and offset. */
    record Injected(String topic, String kind, int partition, long offset) {
    }

    private static final byte[] GARBAGE = {0x0f, (byte) 0xff, (byte) 0xfe, 0x00, 0x7f, 'n', 'o', 't', ' ', 'p', 'b'};

    private final String bootstrap;
    private final String topicPrefix;

    MalformedRecords(String bootstrap, String topicPrefix) {
        this.bootstrap = bootstrap;
        this.topicPrefix = topicPrefix;
    }

    /** Writes the malformed records of every topic; the wrong-type messages name the run so that they look real. */
    List<Injected> inject(String runId, String model) throws Exception {
        ProtoWriter runInfo = new ProtoWriter().string(1, runId).string(2, "ceval").string(3, "val").string(4, model)
                .varint(8, 1346);
        byte[] questionBatch = new ProtoWriter().message(1, runInfo).string(2, runId + "/9999")
                .message(3, question()).toByteArray();
        byte[] predictionBatch = new ProtoWriter().message(1, runInfo).string(2, runId + "/9999")
                .message(3, new ProtoWriter().message(1, question()).string(2, "A").string(3, "stop")
                        .string(7, "no-such-worker")).toByteArray();
        byte[] runEvent = new ProtoWriter().string(1, runId).varint(2, 1).varint(3, 1).varint(4, 1346)
                .string(8, "no-such-scorer").toByteArray();
        List<Injected> injected = new ArrayList<>();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerConfig())) {
            injected.addAll(send(producer, "questions", runId + "/malformed", runEvent));
            injected.addAll(send(producer, "predictions", runId, questionBatch));
            injected.addAll(send(producer, "run-events", runId, predictionBatch));
        }
        return injected;
    }

    /** Waits up to {@code timeout} until every injected record is in its dead-letter topic with a reason. */
    void awaitDeadLetters(List<Injected> injected, Duration timeout) {
        Set<String> seen = new HashSet<>();
        Properties config = new Properties();
        config.putAll(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "fault-suite-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"));
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(injected.stream().map(i -> i.topic() + ".dlq").distinct().toList());
            await().atMost(timeout).pollDelay(Duration.ZERO).pollInterval(Duration.ZERO).untilAsserted(() -> {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    String reason = header(record, "dead-letter-reason");
                    if (reason != null && !reason.isBlank()) {
                        seen.add(header(record, "dead-letter-topic") + "/" + header(record, "dead-letter-partition")
                                + "/" + header(record, "dead-letter-offset"));
                    }
                }
                assertEquals(List.of(), injected.stream()
                        .filter(i -> !seen.contains(i.topic() + "/" + i.partition() + "/" + i.offset())).toList(),
                        "records that did not reach a dead-letter topic with a reason");
            });
        }
    }

    private List<Injected> send(KafkaProducer<String, byte[]> producer, String channel, String key, byte[] wrongType)
            throws Exception {
        String topic = topicPrefix + channel;
        Map<String, byte[]> values = new java.util.LinkedHashMap<>();
        values.put("garbage bytes", GARBAGE);
        values.put("empty value", new byte[0]);
        values.put("no value", null);
        values.put("wrong protobuf type", wrongType);
        List<Injected> injected = new ArrayList<>();
        for (Map.Entry<String, byte[]> value : values.entrySet()) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, value.getValue());
            record.headers().add("evalstream-fault", value.getKey().getBytes(StandardCharsets.UTF_8));
            RecordMetadata sent = producer.send(record).get();
            injected.add(new Injected(topic, value.getKey(), sent.partition(), sent.offset()));
        }
        return injected;
    }

    private static ProtoWriter question() {
        return new ProtoWriter().string(1, "ceval/val/computer_network/0").string(2, "computer_network")
                .varint(3, 0).string(4, "prompt").string(6, "A");
    }

    private Properties producerConfig() {
        Properties config = new Properties();
        config.putAll(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName()));
        return config;
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
