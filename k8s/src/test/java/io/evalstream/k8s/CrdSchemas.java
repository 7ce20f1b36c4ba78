package io.evalstream.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The OpenAPI schemas of the operators' custom resources, vendored from their CRDs (src/test/resources/crd-schemas,
 * NOTICE there), and of our own EvalRun CRD. Objects that declare properties are closed: an unknown field fails, as
 * the API server's strict field validation ({@code kubectl apply --validate=strict}) rejects it.
 */
final class CrdSchemas {

    /** apiVersion/kind -> the vendored schemas it must satisfy (Strimzi: the oldest supported and the pinned release). */
    static final Map<String, List<String>> VENDORED = Map.of(
            "kafka.strimzi.io/v1/Kafka", strimzi("Kafka"),
            "kafka.strimzi.io/v1/KafkaNodePool", strimzi("KafkaNodePool"),
            "kafka.strimzi.io/v1/KafkaTopic", strimzi("KafkaTopic"),
            "keda.sh/v1alpha1/ScaledObject", List.of("keda-2.20.2/keda.sh_v1alpha1_ScaledObject.json"),
            "monitoring.coreos.com/v1/PodMonitor",
            List.of("prometheus-operator-0.93.0/monitoring.coreos.com_v1_PodMonitor.json"),
            "monitoring.coreos.com/v1/ServiceMonitor",
            List.of("prometheus-operator-0.93.0/monitoring.coreos.com_v1_ServiceMonitor.json"));

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4);

    private CrdSchemas() {
    }

    private static List<String> strimzi(String kind) {
        return List.of("strimzi-0.49.1/kafka.strimzi.io_v1_" + kind + ".json",
                "strimzi-1.2.0/kafka.strimzi.io_v1_" + kind + ".json");
    }

    static Schema vendored(String resource) {
        try (InputStream in = CrdSchemas.class.getResourceAsStream("/crd-schemas/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("no vendored schema " + resource);
            }
            return compile(resource, JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Schema compile(String name, JsonNode openApiV3Schema) {
        ObjectNode root = openApiV3Schema.deepCopy();
        // The API server accepts these on every custom resource, declared by its schema or not.
        ObjectNode properties = root.withObjectProperty("properties");
        properties.putIfAbsent("apiVersion", JSON.createObjectNode().put("type", "string"));
        properties.putIfAbsent("kind", JSON.createObjectNode().put("type", "string"));
        properties.putIfAbsent("metadata", JSON.createObjectNode().put("type", "object"));
        JsonNode closed = closed(root);
        return REGISTRY.getSchema(SchemaLocation.of("urn:evalstream:crd:" + name.replace('/', ':')), closed);
    }

    /** The problems of a document against a schema, each with its path; empty when it conforms. */
    static List<String> problems(Schema schema, JsonNode document) {
        List<String> problems = new ArrayList<>();
        for (Error error : schema.validate(document)) {
            problems.add(error.getInstanceLocation() + ": " + error.getMessage());
        }
        return problems;
    }

    private static JsonNode closed(JsonNode schema) {
        if (schema instanceof ObjectNode object) {
            boolean open = object.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
            boolean declared = "object".equals(object.path("type").asText()) && object.has("properties");
            if (declared && !object.has("additionalProperties") && !open) {
                object.put("additionalProperties", false);
            }
        }
        schema.forEach(CrdSchemas::closed);
        return schema;
    }
}
