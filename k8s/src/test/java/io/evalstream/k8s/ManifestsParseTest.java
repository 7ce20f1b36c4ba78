package io.evalstream.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ManifestsParseTest {

    private static StrictDocuments strict;

    @BeforeAll
    static void loadSchemas() throws Exception {
        strict = new StrictDocuments();
    }

    @Test
    void everyDocumentOfEveryFileIsKnownAndHasOnlyKnownFields() throws Exception {
        List<Path> files = Manifests.files();
        assertTrue(files.size() > 15, files.toString());
        Map<String, Integer> checked = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            List<JsonNode> documents = Manifests.documents(Files.readString(file));
            assertFalse(documents.isEmpty(), file + " holds no resource");
            for (JsonNode document : documents) {
                assertFalse(document.path("metadata").path("name").asText().isEmpty(), file + " has a nameless "
                        + document.path("kind").asText());
                // Patches of an overlay are partial documents: their own fields are checked after rendering.
                if (!file.getParent().getParent().endsWith("overlays") || isComplete(document)) {
                    strict.problems(document, checked).forEach(p -> problems.add(Manifests.K8S.relativize(file) + ": " + p));
                }
            }
        }
        assertEquals(List.of(), problems);
        System.out.println("files checked: " + checked);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "a100"})
    void everyRenderedDocumentIsKnownAndHasOnlyKnownFields(String overlay) throws Exception {
        Optional<String> rendered = Manifests.render(overlay);
        assumeTrue(rendered.isPresent(), "kubectl is not installed");
        Map<String, Integer> checked = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (JsonNode document : Manifests.documents(rendered.get())) {
            problems.addAll(strict.problems(document, checked));
        }
        assertEquals(List.of(), problems);
        assertTrue(checked.get("upstream CRD schema") >= 10, checked.toString());
        assertTrue(checked.get("fabric8 model, strict") >= 20, checked.toString());
        System.out.println(overlay + " checked: " + checked);
    }

    @Test
    void aMisspeltFieldFailsInACoreKindAndInAnOperatorsKind() throws Exception {
        List<JsonNode> dev = Manifests.documents(Files.readString(Manifests.K8S.resolve("base/kafka/kafka.yaml")));
        JsonNode kafka = dev.stream().filter(d -> d.path("kind").asText().equals("Kafka")).findFirst().orElseThrow()
                .deepCopy();
        ((ObjectNode) kafka.path("spec").path("kafkaExporter")).put("groupRegexp", "evalstream-.*");
        List<String> problems = strict.problems(kafka, new TreeMap<>());
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("groupRegexp"), problems.toString());

        JsonNode worker = Manifests.documents(Files.readString(Manifests.K8S.resolve("base/services/inference-worker.yaml")))
                .get(1).deepCopy();
        ((ObjectNode) worker.path("spec").path("template").path("spec").path("containers").get(0))
                .putObject("securityContxt");
        AssertionError error = assertThrows(AssertionError.class, () -> StrictModel.read(worker, Deployment.class));
        assertTrue(error.getMessage().contains("securityContxt"), error.getMessage());
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

    /** A whole resource rather than a patch: it has a spec with content beyond what a patch would change. */
    private static boolean isComplete(JsonNode document) {
        return document.path("metadata").has("labels") || document.has("data");
    }
}
