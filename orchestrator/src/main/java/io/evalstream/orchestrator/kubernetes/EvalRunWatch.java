package io.evalstream.orchestrator.kubernetes;

import io.evalstream.orchestrator.run.RunService;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The EvalRun resources of the orchestrator's namespace, kept by an informer, and their status writes. Nothing here
 * touches a cluster unless {@code evalstream.kubernetes.enabled} is true: the client is only created then.
 */
@ApplicationScoped
class EvalRunWatch {

    private final KubernetesConfig config;
    private final Instance<KubernetesClient> clients;
    private final RunService runs;
    private volatile SharedIndexInformer<EvalRun> informer;

    EvalRunWatch(KubernetesConfig config, Instance<KubernetesClient> clients, RunService runs) {
        this.config = config;
        this.clients = clients;
        this.runs = runs;
    }

    void start(@Observes StartupEvent event) {
        if (!config.enabled()) {
            return;
        }
        KubernetesClient client = clients.get();
        informer = client.resources(EvalRun.class).inNamespace(client.getNamespace())
                .inform(new EvalRunDeletions(runs), 0);
        Log.infof("reconciling EvalRun resources in namespace %s", client.getNamespace());
    }

    void stop(@Observes ShutdownEvent event) {
        if (informer != null) {
            informer.stop();
        }
    }

    boolean running() {
        return informer != null;
    }

    List<EvalRun> cached() {
        return informer.getStore().list();
    }

    Set<String> cachedUids() {
        return cached().stream().map(r -> r.getMetadata().getUid()).collect(Collectors.toSet());
    }

    void writeStatus(EvalRun resource, EvalRunStatus status) {
        clients.get().resources(EvalRun.class).inNamespace(resource.getMetadata().getNamespace())
                .withName(resource.getMetadata().getName()).editStatus(current -> {
                    current.setStatus(status);
                    return current;
                });
    }

    /** Skips the reconcile loop while there is no informer: reconciliation disabled, or not started yet. */
    @ApplicationScoped
    static class Stopped implements Scheduled.SkipPredicate {

        private final EvalRunWatch watch;

        Stopped(EvalRunWatch watch) {
            this.watch = watch;
        }

        @Override
        public boolean test(ScheduledExecution execution) {
            return !watch.running();
        }
    }
}
