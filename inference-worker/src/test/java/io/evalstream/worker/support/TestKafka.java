package io.evalstream.worker.support;

import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/** SmallRye's Kafka test companion on the test broker, shared by the tests. */
public final class TestKafka {

    public static final KafkaCompanion COMPANION = new KafkaCompanion(
            System.getenv().getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092"));

    private TestKafka() {
    }
}
