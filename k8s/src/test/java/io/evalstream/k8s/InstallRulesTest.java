package io.evalstream.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a current, locked-down cluster needs of an install, beyond what the schemas check. */
class InstallRulesTest {

    /** A fixed release tag (no SNAPSHOT, no latest) or a digest. */
    private static final Pattern IMMUTABLE = Pattern.compile(
            ".+(@sha256:[0-9a-f]{64}|:(?!latest$)(?!.*SNAPSHOT)[A-Za-z0-9][A-Za-z0-9._-]*)");

    @ParameterizedTest
    @ValueSource(strings = {"dev", "a100"})
    void strimziResourcesUseApiV1WithoutTheAnnotationsV1Ignores(String overlay) throws Exception {
        List<GenericKubernetesResource> strimzi = Manifests.overlay(overlay).stream()
                .filter(GenericKubernetesResource.class::isInstance).map(GenericKubernetesResource.class::cast)
                .filter(r -> r.getApiVersion().startsWith("kafka.strimzi.io/")).toList();
        assertEquals(11, strimzi.size(), "the cluster, its node pool and nine topics");
        for (GenericKubernetesResource r : strimzi) {
            assertEquals("kafka.strimzi.io/v1", r.getApiVersion(), r.getKind() + " " + r.getMetadata().getName());
            Map<String, String> annotations = r.getMetadata().getAnnotations();
            assertTrue(annotations == null || annotations.keySet().stream().noneMatch(k -> Set.of(
                    "strimzi.io/node-pools", "strimzi.io/kraft").contains(k)), r.getMetadata().getName());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "a100"})
    void everyImageIsAReleaseTagOrADigest(String overlay) throws Exception {
        List<Container> containers = PodSpecs.containers(Manifests.overlay(overlay));
        if (Manifests.render(overlay).isPresent()) {
            for (Container c : containers) {
                assertTrue(IMMUTABLE.matcher(c.getImage()).matches(), c.getName() + ": " + c.getImage());
            }
        }
        assertFalse(IMMUTABLE.matcher("evalstream/scorer:0.1.0-SNAPSHOT").matches());
        assertFalse(IMMUTABLE.matcher("docker.io/library/postgres").matches());
    }

    @Test
    void theTritonModelRepositoryHoldsOnlyTheModelsFiles() throws Exception {
        List<HasMetadata> all = Manifests.overlay("a100");
        var pod = Manifests.named(all, Deployment.class, "triton").getSpec().getTemplate().getSpec();
        Container triton = pod.getContainers().get(0);
        assertTrue(triton.getArgs().contains("--model-repository=/models"));
        ConfigMap repository = Manifests.named(all, ConfigMap.class, "triton-model-repository");
        var mounts = triton.getVolumeMounts().stream().filter(m -> m.getMountPath().startsWith("/models")).toList();
        assertEquals(repository.getData().size(), mounts.size(), mounts.toString());
        for (var mount : mounts) {
            var volume = pod.getVolumes().stream().filter(v -> v.getName().equals(mount.getName())).findFirst()
                    .orElseThrow();
            assertEquals("triton-model-repository", volume.getConfigMap().getName());
            // A file mounted by subPath: no directory of the kubelet's (..data, ..<timestamp>) in the repository.
            assertTrue(repository.getData().containsKey(mount.getSubPath()), mount.toString());
            assertTrue(mount.getMountPath().matches("/models/internlm2-chat-1_8b/(1/)?" + mount.getSubPath()),
                    mount.getMountPath());
        }
    }

    @Test
    void theCrdIsAppliedOnItsOwnAndNoOverlayDeletesIt() throws Exception {
        for (String overlay : Manifests.OVERLAYS) {
            assertEquals(List.of(), Manifests.ofType(Manifests.overlay(overlay), CustomResourceDefinition.class));
        }
        Map<?, ?> crds = Serialization.unmarshal(Files.readString(Manifests.K8S.resolve(
                "base/crd/kustomization.yaml")), Map.class);
        assertEquals(List.of("evalrun.yaml"), crds.get("resources"));
        assertNull(crds.get("namespace"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "a100"})
    void aDrainMayTakeTheOnlyWorker(String overlay) throws Exception {
        PodDisruptionBudget workers = Manifests.named(Manifests.overlay(overlay), PodDisruptionBudget.class,
                "inference-worker");
        assertEquals(new IntOrString(1), workers.getSpec().getMaxUnavailable());
        assertNull(workers.getSpec().getMinAvailable());
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "a100"})
    void theApisNeedTheTokenAndOnlyTheNamespaceAnIngressAndPrometheusReachThem(String overlay) throws Exception {
        List<HasMetadata> all = Manifests.overlay(overlay);
        Map<String, Integer> apis = Map.of("orchestrator", 8080, "scorer", 8082);
        for (var api : apis.entrySet()) {
            Container c = Manifests.named(all, Deployment.class, api.getKey()).getSpec().getTemplate().getSpec()
                    .getContainers().get(0);
            EnvVar token = c.getEnv().stream().filter(e -> e.getName().equals("EVALSTREAM_API_TOKEN")).findFirst()
                    .orElseThrow();
            assertFalse(Boolean.TRUE.equals(token.getValueFrom().getSecretKeyRef().getOptional()), api.getKey());
            EnvVar required = c.getEnv().stream().filter(e -> e.getName().equals("EVALSTREAM_API_TOKEN_REQUIRED"))
                    .findFirst().orElseThrow();
            var ref = required.getValueFrom().getConfigMapKeyRef();
            assertEquals("true", Manifests.named(all, ConfigMap.class, ref.getName()).getData().get(ref.getKey()));

            List<NetworkPolicy> policies = Manifests.ofType(all, NetworkPolicy.class).stream()
                    .filter(p -> api.getKey().equals(p.getSpec().getPodSelector().getMatchLabels()
                            .get("app.kubernetes.io/name"))).toList();
            assertEquals(1, policies.size(), api.getKey());
            var rules = policies.get(0).getSpec().getIngress();
            assertEquals(1, rules.size());
            assertEquals(List.of(api.getValue()), rules.get(0).getPorts().stream().map(p -> p.getPort().getIntVal())
                    .toList());
            List<NetworkPolicyPeer> peers = rules.get(0).getFrom();
            assertTrue(peers.stream().anyMatch(p -> p.getNamespaceSelector() == null && p.getPodSelector() != null
                    && p.getPodSelector().getMatchLabels().isEmpty()), "the namespace's own pods");
            for (NetworkPolicyPeer peer : peers) {
                assertNull(peer.getIpBlock());
                if (peer.getNamespaceSelector() != null) {
                    assertTrue(Set.of("ingress-nginx", "monitoring").contains(peer.getNamespaceSelector()
                            .getMatchLabels().get("kubernetes.io/metadata.name")), peer.toString());
                }
            }
        }
    }

    @Test
    void theKafkaNodesSpreadOverHostsAndMustInTheThreeNodeCluster() throws Exception {
        for (String overlay : Manifests.OVERLAYS) {
            GenericKubernetesResource pool = Manifests.ofKind(Manifests.overlay(overlay), "KafkaNodePool").get(0);
            Map<?, ?> antiAffinity = (Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) pool
                    .getAdditionalProperties().get("spec")).get("template")).get("pod")).get("affinity"))
                    .get("podAntiAffinity");
            boolean threeNodes = ((Number) ((Map<?, ?>) pool.getAdditionalProperties().get("spec")).get("replicas"))
                    .intValue() == 3;
            if (Manifests.render(overlay).isPresent()) {
                assertEquals(threeNodes, antiAffinity.containsKey("requiredDuringSchedulingIgnoredDuringExecution"),
                        overlay);
            }
            assertTrue(antiAffinity.toString().contains("kubernetes.io/hostname"));
        }
    }
}
