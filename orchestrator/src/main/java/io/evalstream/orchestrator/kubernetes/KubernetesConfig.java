package io.evalstream.orchestrator.kubernetes;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "evalstream.kubernetes")
public interface KubernetesConfig {

    /** Reconcile EvalRun resources; needs a cluster (or a mock API server) and the RBAC in k8s/base. */
    @WithDefault("false")
    boolean enabled();

    /** How often the status of an EvalRun whose run has not ended is brought in line with the run. */
    @WithDefault("5s")
    Duration pollInterval();

    /** Where the scorer's report API answers (the scorer's URL by default); the status links the run's report. */
    String reportBaseUrl();

    /** Only the holder of this Lease reconciles, so several orchestrator replicas never submit a run twice. */
    LeaderElection leaderElection();

    interface LeaderElection {

        /** The coordination.k8s.io Lease in the orchestrator's namespace. */
        @WithDefault("evalstream-orchestrator")
        String leaseName();

        /** This replica's name in the Lease; the pod name (HOSTNAME) when unset. */
        Optional<String> identity();

        /** How long the other replicas wait for a silent leader before one of them takes over. */
        @WithDefault("15s")
        Duration leaseDuration();

        /** How long the leader keeps trying to renew before it gives the Lease up (and restarts). */
        @WithDefault("10s")
        Duration renewDeadline();

        @WithDefault("2s")
        Duration retryPeriod();
    }
}
