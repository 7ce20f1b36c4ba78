package io.evalstream.orchestrator.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import io.evalstream.pipeline.run.RunRequest;
import io.evalstream.pipeline.run.Vocabulary;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionVersion;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The CRD in k8s/base checked against the Java model the operator reads and writes. */
class EvalRunCrdTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Map<Class<?>, String> SCALARS = Map.of(String.class, "string", Integer.class, "integer",
            int.class, "integer", Long.class, "integer", long.class, "integer", Double.class, "number",
            double.class, "number", Boolean.class, "boolean", boolean.class, "boolean");

    private final CustomResourceDefinition crd = load();

    @Test
    void theNamesAreThoseOfTheJavaResource() {
        assertEquals(HasMetadata.getGroup(EvalRun.class), crd.getSpec().getGroup());
        assertEquals(HasMetadata.getPlural(EvalRun.class), crd.getSpec().getNames().getPlural());
        assertEquals(HasMetadata.getKind(EvalRun.class), crd.getSpec().getNames().getKind());
        assertEquals("Namespaced", crd.getSpec().getScope());
        assertEquals(HasMetadata.getVersion(EvalRun.class), version().getName());
        assertNotNull(version().getSubresources().getStatus(), "status is a subresource");
    }

    @Test
    void theSchemaHasExactlyThePropertiesAndTypesOfTheJavaModel() {
        Map<String, JSONSchemaProps> root = version().getSchema().getOpenAPIV3Schema().getProperties();
        assertMatches("spec", MAPPER.constructType(RunRequest.class), root.get("spec"));
        assertMatches("status", MAPPER.constructType(EvalRunStatus.class), root.get("status"));
    }

    @Test
    void theSchemaAllowsTheNamesTheBenchmarkModuleLists() {
        Map<String, JSONSchemaProps> spec = version().getSchema().getOpenAPIV3Schema().getProperties().get("spec")
                .getProperties();
        assertEquals(Vocabulary.BENCHMARK.names(), enumOf(spec.get("benchmark")));
        assertEquals(Vocabulary.SPLIT.names(), enumOf(spec.get("split")));
        assertEquals(Vocabulary.TEMPLATE.names(), enumOf(spec.get("template")));
        assertEquals(Vocabulary.POSTPROCESSOR.names(), enumOf(spec.get("postprocessor")));
    }

    private static List<String> enumOf(JSONSchemaProps schema) {
        return schema.getEnum().stream().map(JsonNode::asText).toList();
    }

    @Test
    void theSpecCannotChangeOnceCreated() {
        JSONSchemaProps spec = version().getSchema().getOpenAPIV3Schema().getProperties().get("spec");
        assertTrue(spec.getXKubernetesValidations().stream().anyMatch(v -> "self == oldSelf".equals(v.getRule())),
                "spec needs the transition rule self == oldSelf");
        assertEquals("{}", Serialization.asJson(spec.getDefault()), "a spec left out is still there, and immutable");
    }

    @Test
    void everyPrinterColumnShowsAFieldOfTheSchema() {
        JSONSchemaProps root = version().getSchema().getOpenAPIV3Schema();
        version().getAdditionalPrinterColumns().stream().map(c -> c.getJsonPath())
                .filter(path -> !path.startsWith(".metadata."))
                .forEach(path -> {
                    JSONSchemaProps node = root;
                    for (String step : path.substring(1).split("\\.")) {
                        node = node.getProperties().get(step);
                        assertNotNull(node, path + " is not in the schema");
                    }
                });
    }

    private static void assertMatches(String path, JavaType type, JSONSchemaProps schema) {
        assertNotNull(schema, path + " is in the Java model but not in the CRD");
        Class<?> raw = type.getRawClass();
        if (SCALARS.containsKey(raw)) {
            assertEquals(SCALARS.get(raw), schema.getType(), path);
        } else if (Collection.class.isAssignableFrom(raw)) {
            assertEquals("array", schema.getType(), path);
            assertMatches(path + "[]", type.getContentType(), schema.getItems().getSchema());
        } else {
            assertEquals("object", schema.getType(), path);
            Map<String, JavaType> properties = MAPPER.getSerializationConfig().introspect(type).findProperties()
                    .stream().collect(Collectors.toMap(BeanPropertyDefinition::getName,
                            BeanPropertyDefinition::getPrimaryType));
            assertEquals(new TreeSet<>(properties.keySet()), new TreeSet<>(schema.getProperties().keySet()),
                    path + ": properties of " + raw.getSimpleName() + " and of the CRD");
            properties.forEach((name, propertyType) -> assertMatches(path + "." + name, propertyType,
                    schema.getProperties().get(name)));
        }
    }

    private CustomResourceDefinitionVersion version() {
        assertEquals(1, crd.getSpec().getVersions().size());
        return crd.getSpec().getVersions().get(0);
    }

    private static CustomResourceDefinition load() {
        try (InputStream in = Files.newInputStream(EvalRunCrdSetup.CRD)) {
            return Serialization.unmarshal(in, CustomResourceDefinition.class);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
