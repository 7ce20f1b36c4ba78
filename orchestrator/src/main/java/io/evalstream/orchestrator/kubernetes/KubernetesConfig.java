package io.evalstream.orchestrator.kubernetes;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "evalstream.kubernetes")
public interface KubernetesConfig {

    /** Reconcile EvalRun resources; needs a cluster (or a mock API server) and the RBAC in k8s/base. */
    @WithDefault("false")
    boolean enabled();

    /** How often each EvalRun's status is brought in line with its run. */
    @WithDefault("5s")
    Duration pollInterval();

    /** Where the scorer's report API answers (the scorer's URL by default); the status links the run's report. */
    String reportBaseUrl();
}
