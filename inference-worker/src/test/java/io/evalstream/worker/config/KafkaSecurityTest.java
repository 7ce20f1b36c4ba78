package io.evalstream.worker.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import jakarta.inject.Inject;

/** Kafka TLS and SASL settings given as environment variables reach every Kafka client; unset ones do not. */
@QuarkusTest
@TestProfile(KafkaSecurityTest.SecuritySettings.class)
class KafkaSecurityTest {

    public static class SecuritySettings implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("KAFKA_SECURITY_PROTOCOL", "PLAINTEXT", "KAFKA_SASL_MECHANISM", "SCRAM-SHA-512",
                    "KAFKA_SSL_TRUSTSTORE_TYPE", "PKCS12");
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    @Inject
    KafkaClientService clients;

    @Test
    void consumersAndProducersCarryTheSettings() {
        for (Map<?, ?> config : List.of(clients.getConsumer("questions").configuration(),
                clients.getProducer("predictions").configuration())) {
            assertEquals("PLAINTEXT", config.get("security.protocol"));
            assertEquals("SCRAM-SHA-512", config.get("sasl.mechanism"));
            assertEquals("PKCS12", config.get("ssl.truststore.type"));
            assertFalse(config.containsKey("sasl.jaas.config"), "an unset variable sets nothing");
        }
    }
}
