package io.evalstream.orchestrator.kubernetes;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.extended.leaderelection.LeaderCallbacks;
import io.javaoperatorsdk.operator.Operator;
import io.javaoperatorsdk.operator.api.config.LeaderElectionConfiguration;
import io.javaoperatorsdk.operator.api.config.LeaderElectionConfigurationBuilder;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;

/** The operator's setup: one EvalRun reconciler in the client's namespace, active only while it holds the Lease. */
final class EvalRunOperators {

    private EvalRunOperators() {
    }

    static Operator create(KubernetesClient client, Reconciler<EvalRun> reconciler,
            LeaderElectionConfiguration leaderElection) {
        // JSON patches for the finalizer and the status: the mock API server of the tests serves no server-side apply.
        Operator operator = new Operator(o -> o.withKubernetesClient(client).withCloseClientOnStop(false)
                .withUseSSAToPatchPrimaryResource(false).withLeaderElectionConfiguration(leaderElection));
        operator.register(reconciler, c -> c.settingNamespace(client.getNamespace()));
        return operator;
    }

    /**
     * The Lease in {@code namespace}; {@code onLostLease} runs when this replica stops leading (the SDK would
     * otherwise call System.exit, also on a normal shutdown).
     */
    static LeaderElectionConfiguration leaderElection(KubernetesConfig.LeaderElection config, String namespace,
            Runnable onLostLease) {
        LeaderElectionConfigurationBuilder builder = LeaderElectionConfigurationBuilder
                .aLeaderElectionConfiguration(config.leaseName()).withLeaseNamespace(namespace)
                .withLeaseDuration(config.leaseDuration()).withRenewDeadline(config.renewDeadline())
                .withRetryPeriod(config.retryPeriod()).withExitOnStopLeading(false)
                .withLeaderCallbacks(new LeaderCallbacks(() -> {
                }, onLostLease, leader -> {
                }));
        config.identity().ifPresent(builder::withIdentity);
        return builder.build();
    }
}
