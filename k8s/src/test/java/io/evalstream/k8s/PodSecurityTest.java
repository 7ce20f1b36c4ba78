package io.evalstream.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.SecurityContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every pod we deploy is admitted by a namespace that enforces Pod Security "restricted" (the checks of the Kubernetes
 * Pod Security Standards for that level) and writes only to volumes, with a ServiceAccount token only where it is
 * used.
 */
class PodSecurityTest {

    @ParameterizedTest
    @ValueSource(strings = {"dev", "a100"})
    void everyPodAndContainerMeetsTheRestrictedProfile(String overlay) throws Exception {
        Map<String, PodSpec> pods = PodSpecs.all(Manifests.overlay(overlay));
        assertTrue(pods.size() >= 6, pods.keySet().toString());
        List<String> violations = new ArrayList<>();
        pods.forEach((name, pod) -> violations.addAll(restrictedViolations(name, pod)));
        assertEquals(List.of(), violations);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "a100"})
    void everyContainerWritesOnlyToVolumesAndHasResources(String overlay) throws Exception {
        for (var entry : PodSpecs.all(Manifests.overlay(overlay)).entrySet()) {
            PodSpec pod = entry.getValue();
            for (Container c : PodSpecs.containers(pod)) {
                String where = entry.getKey() + " " + c.getName();
                assertEquals(Boolean.TRUE, c.getSecurityContext().getReadOnlyRootFilesystem(), where);
                assertNotNull(c.getResources().getRequests().get("cpu"), where + ": cpu request");
                assertNotNull(c.getResources().getRequests().get("memory"), where + ": memory request");
                assertNotNull(c.getResources().getLimits().get("memory"), where + ": memory limit");
            }
            for (Container c : pod.getContainers()) {
                assertTrue(c.getVolumeMounts().stream().anyMatch(m -> m.getMountPath().equals("/tmp")
                        && pod.getVolumes().stream().anyMatch(v -> v.getName().equals(m.getName())
                                && v.getEmptyDir() != null)), entry.getKey() + " " + c.getName() + ": /tmp");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "a100"})
    void onlyTheOrchestratorGetsAServiceAccountToken(String overlay) throws Exception {
        List<HasMetadata> all = Manifests.overlay(overlay);
        for (var entry : PodSpecs.all(all).entrySet()) {
            boolean usesTheApi = entry.getKey().equals("Deployment/orchestrator");
            PodSpec pod = entry.getValue();
            if (usesTheApi) {
                assertEquals("orchestrator", pod.getServiceAccountName());
            } else {
                assertEquals(Boolean.FALSE, pod.getAutomountServiceAccountToken(), entry.getKey());
            }
        }
    }

    /** The restricted level's checks (kubernetes.io/docs/concepts/security/pod-security-standards) for one pod. */
    static List<String> restrictedViolations(String name, PodSpec pod) {
        List<String> violations = new ArrayList<>();
        PodSecurityContext podContext = pod.getSecurityContext();
        if (Boolean.TRUE.equals(pod.getHostNetwork()) || Boolean.TRUE.equals(pod.getHostPID())
                || Boolean.TRUE.equals(pod.getHostIPC())) {
            violations.add(name + ": host namespaces");
        }
        pod.getVolumes().stream().filter(v -> v.getHostPath() != null)
                .forEach(v -> violations.add(name + ": hostPath volume " + v.getName()));
        boolean podNonRoot = podContext != null && Boolean.TRUE.equals(podContext.getRunAsNonRoot());
        boolean podSeccomp = podContext != null && podContext.getSeccompProfile() != null
                && "RuntimeDefault".equals(podContext.getSeccompProfile().getType());
        if (podContext != null && Long.valueOf(0).equals(podContext.getRunAsUser())) {
            violations.add(name + ": runAsUser 0");
        }
        for (Container c : PodSpecs.containers(pod)) {
            String where = name + " " + c.getName();
            SecurityContext sc = c.getSecurityContext();
            if (sc == null) {
                violations.add(where + ": no securityContext");
                continue;
            }
            if (!Boolean.FALSE.equals(sc.getAllowPrivilegeEscalation())) {
                violations.add(where + ": allowPrivilegeEscalation must be false");
            }
            if (Boolean.TRUE.equals(sc.getPrivileged())) {
                violations.add(where + ": privileged");
            }
            if (sc.getCapabilities() == null || !sc.getCapabilities().getDrop().contains("ALL")) {
                violations.add(where + ": capabilities must drop ALL");
            } else if (!Set.of("NET_BIND_SERVICE").containsAll(sc.getCapabilities().getAdd())) {
                violations.add(where + ": adds capabilities " + sc.getCapabilities().getAdd());
            }
            boolean nonRoot = sc.getRunAsNonRoot() != null ? sc.getRunAsNonRoot() : podNonRoot;
            if (!nonRoot) {
                violations.add(where + ": runAsNonRoot must be true");
            }
            if (Long.valueOf(0).equals(sc.getRunAsUser())) {
                violations.add(where + ": runAsUser 0");
            }
            boolean seccomp = sc.getSeccompProfile() != null
                    ? "RuntimeDefault".equals(sc.getSeccompProfile().getType()) : podSeccomp;
            if (!seccomp) {
                violations.add(where + ": seccompProfile must be RuntimeDefault");
            }
        }
        return violations;
    }
}
