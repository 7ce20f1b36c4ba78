package io.evalstream.orchestrator.kubernetes;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.javaoperatorsdk.operator.Operator;
import io.quarkus.logging.Log;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

/**
 * Runs the EvalRun reconciler on the Java Operator SDK in the orchestrator's namespace. Nothing here touches a
 * cluster unless {@code evalstream.kubernetes.enabled} is true: the client is only created then.
 */
@ApplicationScoped
class EvalRunOperator {

    private final KubernetesConfig config;
    private final Instance<KubernetesClient> clients;
    private final EvalRunReconciler reconciler;
    private volatile Operator operator;
    private volatile boolean stopping;

    EvalRunOperator(KubernetesConfig config, Instance<KubernetesClient> clients, EvalRunReconciler reconciler) {
        this.config = config;
        this.clients = clients;
        this.reconciler = reconciler;
    }

    void start(@Observes StartupEvent event) {
        if (!config.enabled()) {
            return;
        }
        KubernetesClient client = clients.get();
        operator = EvalRunOperators.create(client, reconciler,
                EvalRunOperators.leaderElection(config.leaderElection(), client.getNamespace(), this::lostLease));
        operator.start();
        Log.infof("reconciling EvalRun resources in namespace %s while holding the Lease %s", client.getNamespace(),
                config.leaderElection().leaseName());
    }

    void stop(@Observes ShutdownEvent event) {
        stopping = true;
        if (operator != null) {
            operator.stop();
        }
    }

    /** A leader that could not renew its Lease may be replaced already: it stops, and Kubernetes restarts it. */
    private void lostLease() {
        if (!stopping) {
            Log.error("the EvalRun Lease was lost; exiting so that only the new leader reconciles");
            Quarkus.asyncExit(1);
        }
    }
}
