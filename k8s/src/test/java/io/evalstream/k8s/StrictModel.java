package io.evalstream.k8s;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.fabric8.kubernetes.api.model.HasMetadata;

/**
 * Reads a core Kubernetes document into its fabric8 type and fails on any field the type does not have. fabric8's
 * model keeps unknown fields in {@code additionalProperties} (a Jackson any-setter); here that any-setter is removed,
 * so {@link DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES} names the field and its path.
 */
final class StrictModel {

    private static final ObjectMapper STRICT = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .registerModule(new SimpleModule().setDeserializerModifier(new BeanDeserializerModifier() {
                @Override
                public BeanDeserializerBuilder updateBuilder(DeserializationConfig config, BeanDescription description,
                        BeanDeserializerBuilder builder) {
                    if (description.getBeanClass().getPackageName().startsWith("io.fabric8.kubernetes.api.model")) {
                        builder.setAnySetter(null);
                        builder.setIgnoreUnknownProperties(false);
                    }
                    return builder;
                }
            }));

    private StrictModel() {
    }

    /** The document as {@code type}, or an AssertionError naming the unknown or mistyped field. */
    static <T extends HasMetadata> T read(JsonNode document, Class<T> type) {
        try {
            return STRICT.treeToValue(document, type);
        } catch (Exception e) {
            throw new AssertionError(type.getSimpleName() + " " + document.path("metadata").path("name").asText()
                    + ": " + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }
}
