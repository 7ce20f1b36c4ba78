package io.evalstream.orchestrator.kubernetes;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.evalstream.pipeline.run.RunRequest;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.coordination.v1.Lease;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMixedDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.ServerRequest;
import io.fabric8.mockwebserver.ServerResponse;
import io.javaoperatorsdk.operator.Operator;
import io.javaoperatorsdk.operator.api.reconciler.Cleaner;
import io.javaoperatorsdk.operator.api.reconciler.Context;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.DeleteControl;
import io.javaoperatorsdk.operator.api.reconciler.Reconciler;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two orchestrator replicas against one API server (the fabric8 mock server in CRUD mode): only the Lease holder
 * reconciles; when it stops, the other takes over, and an EvalRun deleted while no replica led is held by the finalizer
 * until the new leader has cleaned it up.
 */
class EvalRunLeaderElectionTest {

    private static final String LEASE = "evalstream-orchestrator";
    /** Held, since java.util.logging keeps loggers weakly: the mock server logs every request otherwise. */
    private static final Logger MOCK_SERVER_LOG = Logger.getLogger("io.fabric8.mockwebserver");

    static {
        MOCK_SERVER_LOG.setLevel(Level.WARNING);
    }

    private final KubernetesMockServer server = crudServer();
    private KubernetesClient client;
    private Replica first;
    private Replica second;

    @BeforeEach
    void startServer() {
        server.init();
        EvalRunCrdSetup.prepare(server);
        client = server.createClient();
    }

    @AfterEach
    void stopAll() {
        for (Replica replica : new Replica[] {first, second}) {
            if (replica != null) {
                replica.stop();
            }
        }
        client.close();
        server.destroy();
    }

    @Test
    void onlyTheLeaseHolderReconcilesAndTheOtherReplicaTakesOverWhenItStops() {
        first = new Replica("orchestrator-a");
        await().atMost(Duration.ofSeconds(30)).until(() -> holder().equals(Optional.of("orchestrator-a")));
        second = new Replica("orchestrator-b");

        EvalRun resource = client.resource(evalRun("ceval-val-leader")).create();
        await().atMost(Duration.ofSeconds(30)).until(() -> first.reconciler.reconciled.contains(uid(resource)));
        await().atMost(Duration.ofSeconds(30)).until(() -> client.resource(resource).get().getMetadata()
                .getFinalizers().contains(EvalRunReconciler.FINALIZER));
        assertEquals(Set.of(), second.reconciler.reconciled, "the replica without the Lease reconciled");
        assertEquals(Optional.of("orchestrator-a"), holder());

        first.stop();
        client.resource(resource).delete();
        EvalRun held = client.resource(resource).get();
        assertNotNull(held, "the finalizer holds the deleted EvalRun while no replica leads");
        assertNotNull(held.getMetadata().getDeletionTimestamp());

        await().atMost(Duration.ofSeconds(30)).until(() -> client.resource(resource).get() == null);
        assertEquals(Set.of(uid(resource)), second.reconciler.cleanedUp);
        assertEquals(Optional.of("orchestrator-b"), holder());
        assertEquals(Set.of(), first.reconciler.cleanedUp);
        assertTrue(first.lostLease.get(), "the stopped leader was told it no longer leads");
    }

    private static KubernetesMockServer crudServer() {
        Map<ServerRequest, Queue<ServerResponse>> expectations = new HashMap<>();
        return new KubernetesMockServer(new io.fabric8.mockwebserver.Context(), new MockWebServer(), expectations,
                new KubernetesMixedDispatcher(expectations), false);
    }

    private Optional<String> holder() {
        return Optional.ofNullable(client.leases().inNamespace(client.getNamespace()).withName(LEASE).get())
                .map(Lease::getSpec).map(spec -> spec.getHolderIdentity());
    }

    private EvalRun evalRun(String name) {
        EvalRun run = new EvalRun();
        run.setMetadata(new ObjectMetaBuilder().withName(name).withNamespace(client.getNamespace()).build());
        run.setSpec(new RunRequest("ceval", "val", List.of("computer_network"), "m", null, null, null, null, null,
                null));
        return run;
    }

    private static String uid(EvalRun resource) {
        return resource.getMetadata().getUid();
    }

    /** One orchestrator replica: its own client and operator, with short Lease timings. */
    private final class Replica {

        final RecordingReconciler reconciler = new RecordingReconciler();
        final AtomicBoolean lostLease = new AtomicBoolean();
        final KubernetesClient replicaClient = server.createClient();
        final Operator operator;
        private boolean stopped;

        Replica(String identity) {
            operator = EvalRunOperators.create(replicaClient, reconciler,
                    EvalRunOperators.leaderElection(new Timings(identity), replicaClient.getNamespace(),
                            () -> lostLease.set(true)));
            operator.start();
        }

        void stop() {
            if (!stopped) {
                stopped = true;
                operator.stop();
                replicaClient.close();
            }
        }
    }

    private record Timings(String name) implements KubernetesConfig.LeaderElection {

        @Override
        public String leaseName() {
            return LEASE;
        }

        @Override
        public Optional<String> identity() {
            return Optional.of(name);
        }

        @Override
        public Duration leaseDuration() {
            return Duration.ofSeconds(2);
        }

        @Override
        public Duration renewDeadline() {
            return Duration.ofMillis(1500);
        }

        @Override
        public Duration retryPeriod() {
            return Duration.ofMillis(250);
        }
    }

    /** Records which resources a replica reconciled and cleaned up. */
    @ControllerConfiguration(name = "evalrun", finalizerName = EvalRunReconciler.FINALIZER)
    static final class RecordingReconciler implements Reconciler<EvalRun>, Cleaner<EvalRun> {

        final Set<String> reconciled = ConcurrentHashMap.newKeySet();
        final Set<String> cleanedUp = ConcurrentHashMap.newKeySet();

        @Override
        public UpdateControl<EvalRun> reconcile(EvalRun resource, Context<EvalRun> context) {
            reconciled.add(uid(resource));
            return UpdateControl.noUpdate();
        }

        @Override
        public DeleteControl cleanup(EvalRun resource, Context<EvalRun> context) {
            cleanedUp.add(uid(resource));
            return DeleteControl.defaultDelete();
        }
    }
}
