package io.evalstream.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** What only the rendered overlays show; skipped where kubectl (with its built-in kustomize) is not installed. */
class KustomizeTest {

    private static List<HasMetadata> rendered(String overlay) throws Exception {
        Optional<String> yaml = Manifests.render(overlay);
        assumeTrue(yaml.isPresent(), "kubectl is not installed");
        return Manifests.parse(yaml.get());
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "a100"})
    void everyNamespacedResourceLandsInTheOverlaysNamespaceAndTheReconcilerIsOn(String overlay) throws Exception {
        List<HasMetadata> all = rendered(overlay);
        for (HasMetadata r : all) {
            assertEquals("evalstream", r.getMetadata().getNamespace(), r.getKind() + " " + r.getMetadata().getName());
        }
        Container orchestrator = Manifests.named(all, Deployment.class, "orchestrator").getSpec().getTemplate()
                .getSpec().getContainers().get(0);
        assertTrue(orchestrator.getEnv().stream().anyMatch(e -> e.getName().equals("EVALSTREAM_KUBERNETES_ENABLED")
                && "true".equals(e.getValue())));
        assertEquals(12, orchestrator.getEnv().size(), "the patch adds to the base's variables");
        ConfigMap dashboard = Manifests.named(all, ConfigMap.class, "evalstream-dashboard");
        assertEquals("1", dashboard.getMetadata().getLabels().get("grafana_dashboard"));
        assertNotNull(new ObjectMapper().readTree(dashboard.getData().get("evalstream.json")).get("panels"));
    }

    @Test
    void devRunsTritonSimWithoutAGpu() throws Exception {
        PodSpec triton = Manifests.named(rendered("dev"), Deployment.class, "triton").getSpec().getTemplate().getSpec();
        assertTrue(triton.getContainers().get(0).getImage().startsWith("evalstream/triton-sim:"));
        assertTrue(triton.getContainers().get(0).getResources().getLimits().keySet().stream()
                .noneMatch(k -> k.startsWith("nvidia.com")));
    }

    @Test
    void a100RunsTritonWithVllmOnOneGpuOfAnA100Node() throws Exception {
        List<HasMetadata> all = rendered("a100");
        PodSpec pod = Manifests.named(all, Deployment.class, "triton").getSpec().getTemplate().getSpec();
        Container triton = pod.getContainers().get(0);
        assertTrue(triton.getImage().matches("nvcr\\.io/nvidia/tritonserver:\\d\\d\\.\\d\\d-vllm-python-py3"),
                triton.getImage());
        assertEquals(new Quantity("1"), triton.getResources().getLimits().get("nvidia.com/gpu"));
        assertTrue(pod.getNodeSelector().get("nvidia.com/gpu.product").contains("A100"));
        assertTrue(pod.getTolerations().stream().anyMatch(t -> "nvidia.com/gpu".equals(t.getKey())));
        assertEquals("/v2/health/ready", triton.getReadinessProbe().getHttpGet().getPath());
        assertEquals("/v2/health/ready", triton.getStartupProbe().getHttpGet().getPath());
        assertEquals(List.of(8000, 8001, 8002), triton.getPorts().stream().map(p -> p.getContainerPort()).toList());
        assertTrue(pod.getVolumes().stream().anyMatch(v -> v.getEmptyDir() != null
                && "Memory".equals(v.getEmptyDir().getMedium())
                && triton.getVolumeMounts().stream().anyMatch(m -> m.getName().equals(v.getName())
                        && m.getMountPath().equals("/dev/shm"))));
        assertEquals(List.of("await-weights"), pod.getInitContainers().stream().map(c -> c.getName()).toList(),
                "Triton waits for the seeded weights");
        ConfigMap repository = Manifests.named(all, ConfigMap.class, "triton-model-repository");
        assertTrue(repository.getData().get("config.pbtxt").contains("backend: \"vllm\""));
        assertTrue(repository.getData().get("config.pbtxt").contains("kind: KIND_MODEL"));
        var model = new ObjectMapper().readTree(repository.getData().get("model.json"));
        ConfigMap source = Manifests.named(all, ConfigMap.class, "model-source");
        assertEquals("/weights/" + source.getData().get("MODEL_REPO"), model.get("model").asText());
        assertEquals("internlm/internlm2-chat-1_8b", source.getData().get("MODEL_REPO"));
        assertTrue(model.get("trust_remote_code").asBoolean());
        assertEquals(0.85, model.get("gpu_memory_utilization").asDouble());
        assertEquals(4096, model.get("max_model_len").asInt());
    }
}
