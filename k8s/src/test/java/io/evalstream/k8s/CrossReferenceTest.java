package io.evalstream.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.evalstream.pipeline.run.Generation;
import io.evalstream.pipeline.run.RunRequest;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The manifests agree with each other and with what the services configure. */
class CrossReferenceTest {

    /** Deployment name -> the module whose image it runs. */
    private static final Map<String, String> MODULES = Map.of("orchestrator", "orchestrator", "scorer", "scorer",
            "inference-worker", "inference-worker");

    @ParameterizedTest
    @ValueSource(strings = {"dev", "a100"})
    void everyTopicAServiceUsesIsAKafkaTopicAndEveryKafkaTopicIsUsed(String overlay) throws Exception {
        List<HasMetadata> all = Manifests.overlay(overlay);
        String prefix = config(all).get("EVALSTREAM_KAFKA_TOPIC_PREFIX");
        assertEquals(ServiceConfig.defaultValue("orchestrator", "evalstream.kafka.topic-prefix"), prefix);
        Set<String> used = new TreeSet<>();
        for (String module : ServiceConfig.SERVICES) {
            used.addAll(ServiceConfig.topics(module, prefix));
        }
        Set<String> declared = Manifests.ofKind(all, "KafkaTopic").stream()
                .map(t -> (String) spec(t).get("topicName")).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(used, declared);
        assertTrue(used.containsAll(Set.of(prefix + "questions", prefix + "predictions", prefix + "run-events",
                prefix + "run-control", prefix + "questions.dlq", prefix + "predictions.dlq",
                prefix + "run-events.dlq")), used.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "a100"})
    void workersScaleOnTheirGroupsLagAndNeverBeyondTheQuestionPartitions(String overlay) throws Exception {
        List<HasMetadata> all = Manifests.overlay(overlay);
        Map<String, String> config = config(all);
        GenericKubernetesResource scaler = Manifests.ofKind(all, "ScaledObject").get(0);
        assertEquals("inference-worker", ((Map<?, ?>) spec(scaler).get("scaleTargetRef")).get("name"));
        Map<?, ?> trigger = (Map<?, ?>) ((List<?>) spec(scaler).get("triggers")).get(0);
        Map<?, ?> metadata = (Map<?, ?>) trigger.get("metadata");
        assertEquals("kafka", trigger.get("type"));
        assertEquals(ServiceConfig.defaultValue("inference-worker", "mp.messaging.incoming.questions.group.id"),
                metadata.get("consumerGroup"));
        assertEquals(config.get("EVALSTREAM_KAFKA_TOPIC_PREFIX") + "questions", metadata.get("topic"));
        // KEDA's scaler runs in KEDA's namespace: the services' short name would not resolve there.
        String[] hostPort = config.get("KAFKA_BOOTSTRAP_SERVERS").split(":");
        assertEquals(hostPort[0] + "." + Manifests.namespace(overlay) + ".svc:" + hostPort[1],
                metadata.get("bootstrapServers"));
        int maxReplicas = ((Number) spec(scaler).get("maxReplicaCount")).intValue();
        GenericKubernetesResource questions = Manifests.ofKind(all, "KafkaTopic").stream()
                .filter(t -> metadata.get("topic").equals(spec(t).get("topicName"))).findFirst().orElseThrow();
        int partitions = ((Number) spec(questions).get("partitions")).intValue();
        assertTrue(partitions >= maxReplicas, partitions + " partitions for up to " + maxReplicas + " workers");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "a100"})
    void theBootstrapAddressIsStrimzisServiceForTheKafkaClusterAndItsListener(String overlay) throws Exception {
        List<HasMetadata> all = Manifests.overlay(overlay);
        GenericKubernetesResource kafka = Manifests.ofKind(all, "Kafka").get(0);
        Map<?, ?> listener = (Map<?, ?>) ((List<?>) ((Map<?, ?>) spec(kafka).get("kafka")).get("listeners")).get(0);
        assertEquals(kafka.getMetadata().getName() + "-kafka-bootstrap:" + listener.get("port"),
                config(all).get("KAFKA_BOOTSTRAP_SERVERS"));
        for (GenericKubernetesResource pool : Manifests.ofKind(all, "KafkaNodePool")) {
            assertEquals(kafka.getMetadata().getName(), pool.getMetadata().getLabels().get("strimzi.io/cluster"));
        }
        for (GenericKubernetesResource topic : Manifests.ofKind(all, "KafkaTopic")) {
            assertEquals(kafka.getMetadata().getName(), topic.getMetadata().getLabels().get("strimzi.io/cluster"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "a100"})
    void addressesInTheConfigurationAreServicesWithThosePorts(String overlay) throws Exception {
        List<HasMetadata> all = Manifests.overlay(overlay);
        Map<String, String> config = config(all);
        assertServicePort(all, config.get("TRITON_HOST"), Integer.parseInt(config.get("TRITON_PORT")), "grpc");
        URI scorer = URI.create(config.get("EVALSTREAM_SCORER_URL"));
        assertServicePort(all, scorer.getHost(), scorer.getPort(), "http");
        URI db = URI.create(config.get("EVALSTREAM_DB_URL").substring("jdbc:".length()));
        assertServicePort(all, db.getHost(), db.getPort(), "postgres");
        assertEquals("evalstream", Manifests.named(all, StatefulSet.class, "postgres").getSpec().getTemplate()
                .getSpec().getContainers().get(0).getEnv().stream().filter(e -> e.getName().equals("POSTGRES_DB"))
                .findFirst().orElseThrow().getValue());
        assertEquals("/evalstream", db.getPath());
        Map<String, String> portVariables = Map.of("orchestrator", "EVALSTREAM_ORCHESTRATOR_PORT", "scorer",
                "EVALSTREAM_SCORER_PORT", "inference-worker", "EVALSTREAM_WORKER_PORT");
        for (var entry : portVariables.entrySet()) {
            Container container = container(all, entry.getKey());
            int port = Integer.parseInt(env(container).get(entry.getValue()));
            assertEquals(port, container.getPorts().stream().filter(p -> "http".equals(p.getName())).findFirst()
                    .orElseThrow().getContainerPort(), entry.getKey());
            assertServicePort(all, entry.getKey(), port, "http");
            assertEquals("/q/health/live", container.getLivenessProbe().getHttpGet().getPath());
            assertEquals("/q/health/ready", container.getReadinessProbe().getHttpGet().getPath());
            assertNotNull(container.getResources().getRequests().get("memory"), entry.getKey());
            assertNotNull(container.getResources().getLimits().get("memory"), entry.getKey());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "a100"})
    void everyVariableADeploymentSetsIsDocumented(String overlay) throws Exception {
        Set<String> documented = new HashSet<>(ServiceConfig.tableVariables(Manifests.ROOT.resolve("README.md"),
                "Configuration"));
        Set<String> kubernetesOnly = ServiceConfig.tableVariables(Manifests.ROOT.resolve("docs/kubernetes.md"),
                "Settings not in the README");
        assertTrue(documented.contains("KAFKA_BOOTSTRAP_SERVERS"), "README table not found: " + documented);
        documented.addAll(kubernetesOnly);
        List<HasMetadata> all = Manifests.overlay(overlay);
        Map<String, Set<String>> undocumented = new LinkedHashMap<>();
        for (Deployment deployment : Manifests.ofType(all, Deployment.class)) {
            for (Container c : deployment.getSpec().getTemplate().getSpec().getContainers()) {
                if (c.getImage().startsWith("evalstream/")) {
                    Set<String> names = new TreeSet<>(env(c).keySet());
                    names.removeAll(documented);
                    if (!names.isEmpty()) {
                        undocumented.put(deployment.getMetadata().getName(), names);
                    }
                }
            }
        }
        assertEquals(Map.of(), undocumented);
        for (String name : config(all).keySet()) {
            assertTrue(documented.contains(name), "evalstream-config sets " + name);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "a100"})
    void everyConfigMapKeyAContainerReadsExistsAndEverySecretIsOneTheDocsSayHowToCreate(String overlay)
            throws Exception {
        List<HasMetadata> all = Manifests.overlay(overlay);
        assertEquals(List.of(), Manifests.ofType(all, io.fabric8.kubernetes.api.model.Secret.class),
                "Secrets are created by whoever installs, never kept in git");
        String docs = Files.readString(Manifests.ROOT.resolve("docs/kubernetes.md"));
        int references = 0;
        for (Container c : PodSpecs.containers(all)) {
            for (EnvVar v : c.getEnv()) {
                if (v.getValueFrom() == null) {
                    continue;
                }
                references++;
                var cm = v.getValueFrom().getConfigMapKeyRef();
                var secret = v.getValueFrom().getSecretKeyRef();
                if (cm != null) {
                    assertTrue(Manifests.named(all, ConfigMap.class, cm.getName()).getData().containsKey(cm.getKey()),
                            c.getName() + " reads " + cm.getName() + "/" + cm.getKey());
                } else if (secret != null) {
                    assertTrue(docs.contains("create secret generic " + secret.getName())
                            && docs.contains("--from-literal=" + secret.getKey() + "="),
                            c.getName() + " reads Secret " + secret.getName() + "/" + secret.getKey()
                                    + ", which docs/kubernetes.md does not say how to create");
                }
            }
        }
        assertTrue(references > 20, "references checked: " + references);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "a100"})
    void onlyTheServicesThatUseThemReachPostgresAndTriton(String overlay) throws Exception {
        List<HasMetadata> all = Manifests.overlay(overlay);
        assertEquals(deploymentsSetting(all, "EVALSTREAM_DB_URL"), allowedFrom(all, "postgres-clients"));
        assertEquals(deploymentsSetting(all, "TRITON_HOST"), allowedFrom(all, "triton-clients"));
        assertEquals(Set.of("postgres"), Set.copyOf(Manifests.named(all, NetworkPolicy.class, "postgres-clients")
                .getSpec().getPodSelector().getMatchLabels().values()));
        assertEquals("triton", Manifests.named(all, Deployment.class, "triton").getSpec().getTemplate().getMetadata()
                .getLabels().get("app.kubernetes.io/name"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "a100"})
    void theOrchestratorMayOnlyReconcileEvalRunsAndHoldItsLease(String overlay) throws Exception {
        List<HasMetadata> all = Manifests.overlay(overlay);
        Role role = Manifests.ofType(all, Role.class).get(0);
        Set<String> resources = role.getRules().stream().flatMap(r -> r.getResources().stream())
                .collect(Collectors.toSet());
        assertEquals(Set.of("evalruns", "evalruns/status", "evalruns/finalizers", "events", "leases"), resources);
        role.getRules().stream().filter(r -> r.getResources().contains("evalruns"))
                .forEach(r -> assertFalse(r.getVerbs().stream().anyMatch(v -> Set.of("create", "delete").contains(v)),
                        "the reconciler never creates or deletes EvalRuns: " + r.getVerbs()));
        role.getRules().stream().filter(r -> r.getResources().contains("leases"))
                .filter(r -> r.getVerbs().stream().anyMatch(v -> !v.equals("create")))
                .forEach(r -> assertEquals(List.of("evalstream-orchestrator"), r.getResourceNames(),
                        "only the orchestrator's own Lease may be read or updated"));
        RoleBinding binding = Manifests.ofType(all, RoleBinding.class).get(0);
        assertEquals(role.getMetadata().getName(), binding.getRoleRef().getName());
        String account = Manifests.named(all, Deployment.class, "orchestrator").getSpec().getTemplate().getSpec()
                .getServiceAccountName();
        assertEquals(account, binding.getSubjects().get(0).getName());
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "a100"})
    void theMonitorsSelectWhatExportsMetrics(String overlay) throws Exception {
        List<HasMetadata> all = Manifests.overlay(overlay);
        GenericKubernetesResource services = Manifests.ofKind(all, "PodMonitor").stream()
                .filter(m -> m.getMetadata().getName().equals("evalstream-services")).findFirst().orElseThrow();
        Map<?, ?> selector = (Map<?, ?>) ((Map<?, ?>) spec(services).get("selector")).get("matchLabels");
        for (String name : MODULES.keySet()) {
            PodTemplateSpec template = Manifests.named(all, Deployment.class, name).getSpec().getTemplate();
            assertTrue(template.getMetadata().getLabels().entrySet().containsAll(selector.entrySet()), name);
            Map<?, ?> endpoint = (Map<?, ?>) ((List<?>) spec(services).get("podMetricsEndpoints")).get(0);
            assertEquals("/q/metrics", endpoint.get("path"));
            assertTrue(template.getSpec().getContainers().get(0).getPorts().stream()
                    .anyMatch(p -> endpoint.get("port").equals(p.getName())), name);
        }
        GenericKubernetesResource triton = Manifests.ofKind(all, "ServiceMonitor").get(0);
        Map<?, ?> tritonSelector = (Map<?, ?>) ((Map<?, ?>) spec(triton).get("selector")).get("matchLabels");
        Service service = Manifests.named(all, Service.class, "triton");
        assertTrue(service.getMetadata().getLabels().entrySet().containsAll(tritonSelector.entrySet()));
        Map<?, ?> endpoint = (Map<?, ?>) ((List<?>) spec(triton).get("endpoints")).get(0);
        ServicePort metrics = service.getSpec().getPorts().stream().filter(p -> endpoint.get("port").equals(p.getName()))
                .findFirst().orElseThrow();
        assertEquals(8002, metrics.getPort());
    }

    @Test
    void theCrdSpecHasExactlyTheRunRequestFields() throws Exception {
        var crd = (io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition) Manifests
                .parse(Files.readString(Manifests.K8S.resolve("base/crd/evalrun.yaml"))).get(0);
        var spec = crd.getSpec().getVersions().get(0).getSchema().getOpenAPIV3Schema().getProperties().get("spec");
        assertEquals(componentNames(RunRequest.class), new TreeSet<>(spec.getProperties().keySet()));
        assertEquals(componentNames(Generation.class),
                new TreeSet<>(spec.getProperties().get("generation").getProperties().keySet()));
    }

    private static Set<String> componentNames(Class<? extends Record> record) {
        return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static void assertServicePort(List<HasMetadata> all, String host, int port, String targetPort) {
        Service service = Manifests.named(all, Service.class, host);
        assertTrue(service.getSpec().getPorts().stream().anyMatch(p -> p.getPort() == port
                && targetPort.equals(p.getTargetPort().getStrVal())), host + ":" + port);
    }

    private static Set<String> deploymentsSetting(List<HasMetadata> all, String variable) {
        Set<String> names = new TreeSet<>();
        for (Deployment d : Manifests.ofType(all, Deployment.class)) {
            if (d.getSpec().getTemplate().getSpec().getContainers().stream().anyMatch(c -> env(c).containsKey(variable))) {
                names.add(d.getMetadata().getName());
            }
        }
        return names;
    }

    private static Set<String> allowedFrom(List<HasMetadata> all, String policy) {
        return Manifests.named(all, NetworkPolicy.class, policy).getSpec().getIngress().stream()
                .flatMap(rule -> rule.getFrom().stream()).filter(peer -> peer.getPodSelector() != null)
                .flatMap(peer -> {
                    var selector = peer.getPodSelector();
                    if (selector.getMatchLabels() != null && !selector.getMatchLabels().isEmpty()) {
                        return selector.getMatchLabels().values().stream();
                    }
                    return selector.getMatchExpressions().stream().flatMap(e -> e.getValues().stream());
                }).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Container container(List<HasMetadata> all, String deployment) {
        return Manifests.named(all, Deployment.class, deployment).getSpec().getTemplate().getSpec().getContainers()
                .get(0);
    }

    /** The container's variables, with values resolved from evalstream-config where they reference it. */
    private static Map<String, String> env(Container container) {
        Map<String, String> env = new LinkedHashMap<>();
        for (EnvVar v : container.getEnv()) {
            env.put(v.getName(), v.getValue());
        }
        return env;
    }

    private static Map<String, String> config(List<HasMetadata> all) {
        return Manifests.named(all, ConfigMap.class, "evalstream-config").getData();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> spec(GenericKubernetesResource resource) {
        return (Map<String, Object>) resource.getAdditionalProperties().get("spec");
    }
}
