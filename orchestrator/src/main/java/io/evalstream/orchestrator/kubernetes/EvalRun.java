package io.evalstream.orchestrator.kubernetes;

import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.Version;
import io.evalstream.pipeline.run.RunRequest;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * {@code kubectl apply}-able run request: its spec is the run request of the API, its status mirrors the run (CRD in
 * k8s/base/crd/evalrun.yaml).
 */
@Group("evalstream.io")
@Version("v1alpha1")
@Plural("evalruns")
@RegisterForReflection
public class EvalRun extends CustomResource<RunRequest, EvalRunStatus> implements Namespaced {
}
