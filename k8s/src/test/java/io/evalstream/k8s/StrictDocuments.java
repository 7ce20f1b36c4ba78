package io.evalstream.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks documents as strictly as an API server with strict field validation would: core kinds against fabric8's
 * model, the operators' kinds against their upstream CRD schemas, EvalRuns against our CRD.
 */
final class StrictDocuments {

    static final String EVALRUN = "evalstream.io/v1alpha1/EvalRun";

    private final Map<String, List<Schema>> schemas = new LinkedHashMap<>();

    StrictDocuments() throws IOException {
        CrdSchemas.VENDORED.forEach((kind, files) -> schemas.put(kind, files.stream().map(CrdSchemas::vendored).toList()));
        JsonNode crd = Manifests.documents(Files.readString(Manifests.K8S.resolve("base/crd/evalrun.yaml"))).get(0);
        for (JsonNode version : crd.path("spec").path("versions")) {
            schemas.put(crd.path("spec").path("group").asText() + "/" + version.path("name").asText() + "/EvalRun",
                    List.of(CrdSchemas.compile("evalrun-" + version.path("name").asText(),
                            version.path("schema").path("openAPIV3Schema"))));
        }
    }

    /** What is wrong with a document; empty when nothing is. Counts into {@code checked} which check applied. */
    List<String> problems(JsonNode document, Map<String, Integer> checked) {
        String kind = document.path("apiVersion").asText() + "/" + document.path("kind").asText();
        List<String> problems = new ArrayList<>();
        if (schemas.containsKey(kind)) {
            for (Schema schema : schemas.get(kind)) {
                CrdSchemas.problems(schema, document).forEach(p -> problems.add(kind + " " + name(document) + " " + p));
            }
            checked.merge(kind.equals(EVALRUN) ? "EvalRun CRD schema" : "upstream CRD schema", 1, Integer::sum);
            return problems;
        }
        HasMetadata loose = Serialization.unmarshal(document.toString());
        if (loose instanceof GenericKubernetesResource) {
            return List.of(kind + " " + name(document) + " is no kind fabric8 or a vendored schema knows");
        }
        try {
            StrictModel.read(document, loose.getClass());
            checked.merge("fabric8 model, strict", 1, Integer::sum);
        } catch (AssertionError e) {
            problems.add(e.getMessage());
        }
        return problems;
    }

    private static String name(JsonNode document) {
        return document.path("metadata").path("name").asText();
    }
}
