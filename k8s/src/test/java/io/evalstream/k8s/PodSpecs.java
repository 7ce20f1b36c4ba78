package io.evalstream.k8s;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The pod templates of the workloads we deploy (Strimzi's pods are its operator's), by "Kind/name". */
final class PodSpecs {

    private PodSpecs() {
    }

    static Map<String, PodSpec> all(List<HasMetadata> resources) {
        Map<String, PodSpec> pods = new LinkedHashMap<>();
        Manifests.ofType(resources, Deployment.class)
                .forEach(d -> pods.put("Deployment/" + d.getMetadata().getName(), d.getSpec().getTemplate().getSpec()));
        Manifests.ofType(resources, StatefulSet.class)
                .forEach(s -> pods.put("StatefulSet/" + s.getMetadata().getName(), s.getSpec().getTemplate().getSpec()));
        Manifests.ofType(resources, Job.class)
                .forEach(j -> pods.put("Job/" + j.getMetadata().getName(), j.getSpec().getTemplate().getSpec()));
        return pods;
    }

    /** Init containers first, then the containers. */
    static List<Container> containers(PodSpec pod) {
        return Stream.concat(pod.getInitContainers().stream(), pod.getContainers().stream()).toList();
    }

    static List<Container> containers(List<HasMetadata> resources) {
        List<Container> containers = new ArrayList<>();
        all(resources).values().forEach(pod -> containers.addAll(containers(pod)));
        return containers;
    }
}
