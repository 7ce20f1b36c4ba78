package io.evalstream.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ManifestsParseTest {

    /** Kinds served by custom resource definitions of operators (Strimzi, KEDA, Prometheus Operator) and our own. */
    private static final Set<String> CUSTOM_KINDS = Set.of("Kafka", "KafkaNodePool", "KafkaTopic", "ScaledObject",
            "PodMonitor", "ServiceMonitor", "EvalRun");

    @Test
    void everyDocumentParsesIntoItsFabric8Type() throws Exception {
        List<Path> files = Manifests.files();
        assertTrue(files.size() > 15, files.toString());
        int documents = 0;
        for (Path file : files) {
            List<HasMetadata> resources = Manifests.parse(Files.readString(file));
            assertFalse(resources.isEmpty(), file + " holds no resource");
            for (HasMetadata resource : resources) {
                documents++;
                String where = Manifests.K8S.relativize(file) + ": " + resource.getKind();
                assertNotNull(resource.getMetadata().getName(), where + " has no name");
                if (CUSTOM_KINDS.contains(resource.getKind())) {
                    assertInstanceOf(GenericKubernetesResource.class, resource, where);
                } else {
                    assertFalse(resource instanceof GenericKubernetesResource,
                            where + " is not a kind fabric8 knows: a typo in apiVersion or kind?");
                }
            }
        }
        System.out.printf("%d documents in %d files parsed%n", documents, files.size());
    }

    @Test
    void theEvalRunCrdHasTheRunRequestFieldsStatusAndPrinterColumns() throws Exception {
        CustomResourceDefinition crd = (CustomResourceDefinition) Manifests
                .parse(Files.readString(Manifests.K8S.resolve("base/crd/evalrun.yaml"))).get(0);
        assertEquals("evalstream.io", crd.getSpec().getGroup());
        assertEquals("Namespaced", crd.getSpec().getScope());
        var version = crd.getSpec().getVersions().get(0);
        assertEquals("v1alpha1", version.getName());
        assertNotNull(version.getSubresources().getStatus(), "status subresource");
        var spec = version.getSchema().getOpenAPIV3Schema().getProperties().get("spec").getProperties();
        assertEquals(Set.of("benchmark", "split", "subjects", "model", "modelAbbr", "template", "generation",
                "batchSize", "postprocessor", "reuse"), spec.keySet());
        assertEquals(Set.of("maxNewTokens", "temperature", "stop", "seed"),
                spec.get("generation").getProperties().keySet());
        var status = version.getSchema().getOpenAPIV3Schema().getProperties().get("status").getProperties();
        assertTrue(status.keySet().containsAll(Set.of("phase", "runId", "total", "done", "accuracy", "reason",
                "conditions", "reportUrl")), status.keySet().toString());
        List<String> columns = version.getAdditionalPrinterColumns().stream()
                .filter(c -> c.getPriority() == null || c.getPriority() == 0).map(c -> c.getName()).toList();
        assertEquals(List.of("Phase", "Progress", "Accuracy", "Age"), columns);
        version.getAdditionalPrinterColumns().stream().filter(c -> c.getJsonPath().startsWith(".status."))
                .forEach(c -> assertTrue(status.containsKey(c.getJsonPath().substring(".status.".length())),
                        c.getName() + " points at " + c.getJsonPath() + ", which the status schema lacks"));
    }
}
