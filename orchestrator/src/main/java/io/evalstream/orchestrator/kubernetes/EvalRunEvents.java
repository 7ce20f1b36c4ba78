package io.evalstream.orchestrator.kubernetes;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.ObjectReferenceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.quarkus.logging.Log;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/** Kubernetes Events on an EvalRun, so that {@code kubectl describe evalrun} tells what happened to its run. */
class EvalRunEvents {

    static final String COMPONENT = "evalstream-orchestrator";

    private final KubernetesClient client;

    EvalRunEvents(KubernetesClient client) {
        this.client = client;
    }

    void submitted(EvalRun resource, RunProgress run) {
        record(resource, "Normal", "Submitted", "run " + run.id() + " submitted with " + run.total() + " questions");
    }

    void rejected(EvalRun resource, String reason) {
        record(resource, "Warning", "Rejected", "spec refused, no run started: " + reason);
    }

    void cancelled(EvalRun resource, RunProgress run) {
        record(resource, "Normal", "Cancelled", "resource deleted: run " + run.id() + " cancelled at "
                + run.done() + "/" + run.total() + " scored");
    }

    /** One event when the run reaches an outcome. */
    void ended(EvalRun resource, EvalRunStatus previous, EvalRunStatus next) {
        if (next.runId() == null || !EvalRunStatuses.ended(next)
                || previous != null && Objects.equals(previous.phase(), next.phase())) {
            return;
        }
        switch (next.phase()) {
            case "Succeeded" -> record(resource, "Normal", "Succeeded", "run " + next.runId() + " scored "
                    + next.progress() + " questions, accuracy " + next.accuracy());
            case "Cancelled" -> record(resource, "Normal", "Cancelled", "run " + next.runId() + " cancelled at "
                    + next.progress() + " scored");
            default -> record(resource, "Warning", "Failed", "run " + next.runId() + " failed: " + next.reason());
        }
    }

    private void record(EvalRun resource, String type, String reason, String message) {
        String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        String namespace = resource.getMetadata().getNamespace();
        Event event = new EventBuilder()
                .withNewMetadata().withNamespace(namespace)
                .withName(resource.getMetadata().getName() + "." + UUID.randomUUID().toString().substring(0, 8))
                .endMetadata()
                .withInvolvedObject(new ObjectReferenceBuilder().withApiVersion(resource.getApiVersion())
                        .withKind(resource.getKind()).withNamespace(namespace)
                        .withName(resource.getMetadata().getName()).withUid(resource.getMetadata().getUid())
                        .withResourceVersion(resource.getMetadata().getResourceVersion()).build())
                .withType(type).withReason(reason).withMessage(message)
                .withFirstTimestamp(now).withLastTimestamp(now).withCount(1)
                .withNewSource().withComponent(COMPONENT).endSource()
                .build();
        try {
            client.v1().events().inNamespace(namespace).resource(event).create();
        } catch (KubernetesClientException e) {
            Log.warnf("evalrun %s: event %s not recorded: %s", resource.getMetadata().getName(), reason,
                    e.getMessage());
        }
    }
}
