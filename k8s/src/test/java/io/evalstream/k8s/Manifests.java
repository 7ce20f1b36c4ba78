package io.evalstream.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** The manifests under k8s/: raw files, and each overlay as kustomize renders it. */
final class Manifests {

    static final Path K8S = Path.of("").toAbsolutePath();
    static final Path ROOT = K8S.getParent();
    static final List<String> OVERLAYS = List.of("dev", "a100");
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final Map<String, Optional<String>> RENDERED = new HashMap<>();

    private Manifests() {
    }

    /** Every YAML file of base/, overlays/ and examples/ except the kustomizations themselves. */
    static List<Path> files() throws IOException {
        try (Stream<Path> walk = Files.walk(K8S)) {
            return walk.filter(p -> p.toString().endsWith(".yaml"))
                    .filter(p -> !p.getFileName().toString().equals("kustomization.yaml"))
                    .filter(p -> !K8S.relativize(p).startsWith("target") && !K8S.relativize(p).startsWith("src"))
                    .sorted().toList();
        }
    }

    /** The YAML documents of a file or of a rendered overlay, each as its fabric8 type. */
    static List<HasMetadata> parse(String yaml) {
        List<HasMetadata> resources = new ArrayList<>();
        for (String document : yaml.split("(?m)^---\\s*$")) {
            if (document.lines().anyMatch(l -> l.startsWith("kind:"))) {
                resources.add(Serialization.unmarshal(document));
            }
        }
        return resources;
    }

    /** The YAML documents of a file or of a rendered overlay, as JSON trees (for strict parsing and schemas). */
    static List<JsonNode> documents(String yaml) throws IOException {
        try (MappingIterator<JsonNode> documents = YAML.readValues(YAML.createParser(yaml), JsonNode.class)) {
            return documents.readAll().stream().filter(d -> d != null && d.has("kind")).toList();
        }
    }

    /** The overlay's namespace, as its kustomization sets it. */
    @SuppressWarnings("unchecked")
    static String namespace(String overlay) throws IOException {
        return (String) Serialization.unmarshal(Files.readString(K8S.resolve("overlays").resolve(overlay)
                .resolve("kustomization.yaml")), Map.class).get("namespace");
    }

    /** The overlay as kustomize renders it, or without kustomize: its resources and the base's, unpatched. */
    static List<HasMetadata> overlay(String name) throws IOException, InterruptedException {
        Optional<String> rendered = render(name);
        return rendered.isPresent() ? parse(rendered.get()) : resources(K8S.resolve("overlays").resolve(name));
    }

    @SuppressWarnings("unchecked")
    private static List<HasMetadata> resources(Path kustomization) throws IOException {
        Map<String, Object> k = Serialization.unmarshal(Files.readString(kustomization.resolve("kustomization.yaml")),
                Map.class);
        List<HasMetadata> resources = new ArrayList<>();
        for (String entry : (List<String>) k.get("resources")) {
            Path path = kustomization.resolve(entry).normalize();
            resources.addAll(Files.isDirectory(path) ? resources(path) : parse(Files.readString(path)));
        }
        return resources;
    }

    static <T extends HasMetadata> List<T> ofType(List<HasMetadata> resources, Class<T> type) {
        return resources.stream().filter(type::isInstance).map(type::cast).toList();
    }

    static <T extends HasMetadata> T named(List<HasMetadata> resources, Class<T> type, String name) {
        return ofType(resources, type).stream().filter(r -> r.getMetadata().getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " " + name));
    }

    static List<io.fabric8.kubernetes.api.model.GenericKubernetesResource> ofKind(List<HasMetadata> resources,
            String kind) {
        return ofType(resources, io.fabric8.kubernetes.api.model.GenericKubernetesResource.class).stream()
                .filter(r -> r.getKind().equals(kind)).toList();
    }

    /** {@code kubectl kustomize overlays/<name>}, or empty when kubectl is not installed; rendered once per run. */
    static synchronized Optional<String> render(String overlay) throws IOException, InterruptedException {
        if (!RENDERED.containsKey(overlay)) {
            RENDERED.put(overlay, kustomize(overlay));
        }
        return RENDERED.get(overlay);
    }

    private static Optional<String> kustomize(String overlay) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder("kubectl", "kustomize", K8S.resolve("overlays").resolve(overlay).toString())
                    .redirectErrorStream(false).start();
        } catch (IOException noKubectl) {
            return Optional.empty();
        }
        String out = new String(process.getInputStream().readAllBytes());
        String err = new String(process.getErrorStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException("kubectl kustomize overlays/" + overlay + " failed: " + err);
        }
        return Optional.of(out);
    }
}
