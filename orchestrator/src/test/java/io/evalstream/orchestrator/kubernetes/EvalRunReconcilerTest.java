package io.evalstream.orchestrator.kubernetes;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.evalstream.orchestrator.run.state.RunEntity;
import io.evalstream.pipeline.RunEvent;
import io.evalstream.pipeline.run.Generation;
import io.evalstream.pipeline.run.RunRequest;
import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceColumnDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.kubernetes.client.KubernetesServer;
import io.quarkus.test.kubernetes.client.KubernetesTestServer;
import io.quarkus.test.kubernetes.client.WithKubernetesTestServer;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(KubernetesEnabledProfile.class)
@WithKubernetesTestServer(crud = true, setup = EvalRunCrdSetup.class)
class EvalRunReconcilerTest {

    private static final List<String> SUBJECTS = List.of("computer_network", "college_economics");

    @Inject
    KubernetesClient client;

    @KubernetesTestServer
    KubernetesServer mockServer;

    @ConfigProperty(name = "evalstream.kubernetes.report-base-url")
    String reportBaseUrl;

    @Test
    void anEvalRunStartsARunAndItsStatusFollowsTheRun() throws Exception {
        String topicPrefix = "test-orchestrator.";
        Map<TopicPartition, Long> before = KafkaProbe.endOffsets(topicPrefix + "questions");

        EvalRun resource = evalRun("ceval-val-two-subjects", new RunRequest("ceval", "val", SUBJECTS,
                "internlm2-chat-1_8b", "internlm2-chat-1.8b-k8s", "internlm2-chat",
                new Generation(100, 0.0, null, 0L), 8, "first_capital", null));
        client.resource(resource).create();

        EvalRunStatus running = awaitStatus(resource, s -> "Running".equals(s.phase()));
        String runId = running.runId();
        int expected = valQuestions(SUBJECTS);
        assertEquals(expected, running.total());
        assertEquals("0/" + expected, running.progress());
        assertEquals(reportBaseUrl + "/api/v1/runs/" + runId + "/report", running.reportUrl());
        assertEquals("Unknown", condition(running, "Succeeded").getStatus());
        assertEquals("Progressing", condition(running, "Succeeded").getReason());
        assertEquals("True", condition(running, "Submitted").getStatus());

        given().get("/api/v1/runs/{id}", runId).then().statusCode(200)
                .body("status", equalTo("RUNNING"))
                .body("model", equalTo("internlm2-chat-1_8b"))
                .body("modelAbbr", equalTo("internlm2-chat-1.8b-k8s"))
                .body("subjects", contains(SUBJECTS.toArray()))
                .body("total", equalTo(expected));
        assertEquals(expected, KafkaProbe.questionsOf(topicPrefix + "questions", runId, before));

        KafkaProbe.send(topicPrefix + "run-events", runId, RunEvent.newBuilder().setRunId(runId)
                .setType(RunEvent.Type.COMPLETED).setScored(expected).setExpected(expected).setCorrect(37)
                .setAccuracy(48.25).setSource("test").setEmittedAtMillis(System.currentTimeMillis())
                .build().toByteArray());
        EvalRunStatus succeeded = awaitStatus(resource, s -> "Succeeded".equals(s.phase()));
        assertEquals(runId, succeeded.runId());
        assertEquals(expected + "/" + expected, succeeded.progress());
        assertEquals(48.25, succeeded.accuracy());
        assertEquals("True", condition(succeeded, "Succeeded").getStatus());
        assertEquals(List.of("Submitted", "Succeeded"), eventReasons(resource));
        assertEquals(1, given().get("/api/v1/runs").then().extract().jsonPath()
                .getList("findAll { it.modelAbbr == 'internlm2-chat-1.8b-k8s' }").size(),
                "the resource was submitted once");

        printKubectlGet();
    }

    @Test
    void aStatusWriteThatFailsAfterTheSubmissionDoesNotSubmitTheRunAgain() {
        EvalRun resource = evalRun("ceval-val-status-lost", new RunRequest("ceval", "val", List.of("computer_network"),
                "internlm2-chat-1_8b", "internlm2-chat-1.8b-status-lost", null, null, 4, null, null));
        AtomicInteger refused = new AtomicInteger();
        mockServer.expect().patch()
                .withPath("/apis/evalstream.io/v1alpha1/namespaces/" + client.getNamespace()
                        + "/evalruns/ceval-val-status-lost/status")
                .andReply(409, request -> {
                    refused.incrementAndGet();
                    return "{\"kind\":\"Status\",\"status\":\"Failure\",\"reason\":\"Conflict\",\"code\":409}";
                }).once();
        EvalRun created = client.resource(resource).create();

        EvalRunStatus running = awaitStatus(resource, s -> "Running".equals(s.phase()));

        // The client retries only 5xx answers itself: after the 409 the status came from a new reconcile.
        assertEquals(1, refused.get(), "the first status write after the submission was refused");
        assertEquals(1L, QuarkusTransaction.requiringNew().call(
                () -> RunEntity.count("evalRunUid", created.getMetadata().getUid())), "runs stored for the resource");
        assertEquals(running.runId(), QuarkusTransaction.requiringNew().call(
                () -> RunEntity.byEvalRunUid(created.getMetadata().getUid()).orElseThrow().id));
        assertEquals(List.of("Submitted"), eventReasons(resource));
    }

    @Test
    void deletingAnEvalRunCancelsItsRunBeforeTheFinalizerLetsItGo() {
        EvalRun resource = evalRun("ceval-val-deleted", new RunRequest("ceval", "val", List.of("computer_network"),
                "internlm2-chat-1_8b", "internlm2-chat-1.8b-deleted", null, null, 4, null, null));
        client.resource(resource).create();
        String runId = awaitStatus(resource, s -> "Running".equals(s.phase())).runId();
        assertTrue(client.resource(resource).get().getMetadata().getFinalizers()
                .contains(EvalRunReconciler.FINALIZER));

        client.resource(resource).delete();

        await().atMost(Duration.ofSeconds(30)).until(() -> client.resource(resource).get() == null);
        given().get("/api/v1/runs/{id}", runId).then().statusCode(200).body("status", equalTo("CANCELLED"));
        assertEquals(List.of("Cancelled", "Submitted"), eventReasons(resource));
    }

    @Test
    void aSpecTheRunApiRefusesFailsWithTheFieldAndStartsNothing() {
        int runsBefore = given().get("/api/v1/runs").then().extract().jsonPath().getList("$").size();
        EvalRun resource = evalRun("ceval-bad-subject", new RunRequest("ceval", "val", List.of("no_such_subject"),
                "internlm2-chat-1_8b", null, null, null, null, null, null));
        client.resource(resource).create();

        EvalRunStatus failed = awaitStatus(resource, s -> "Failed".equals(s.phase()));
        assertNull(failed.runId());
        assertTrue(failed.reason().startsWith("subjects"), failed.reason());
        assertTrue(failed.reason().contains("no_such_subject"), failed.reason());
        assertEquals("Rejected", condition(failed, "Submitted").getReason());
        assertEquals("False", condition(failed, "Succeeded").getStatus());
        assertEquals(List.of("Rejected"), eventReasons(resource));
        assertEquals(runsBefore, given().get("/api/v1/runs").then().extract().jsonPath().getList("$").size());
    }

    @Test
    void theExamplesHaveFixedNamesAndSpecsTheRunApiTakes() throws Exception {
        List<Path> examples;
        try (Stream<Path> files = Files.list(Path.of("../k8s/examples"))) {
            examples = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertTrue(examples.size() >= 2, examples.toString());
        for (Path example : examples) {
            EvalRun run;
            try (InputStream in = Files.newInputStream(example)) {
                run = client.resources(EvalRun.class).load(in).item();
            }
            assertNotNull(run.getMetadata().getName(), example + " needs a fixed name: kubectl apply rejects generateName");
            assertNull(run.getMetadata().getGenerateName(), example.toString());
            assertEquals("evalstream.io/v1alpha1", run.getApiVersion());
            assertNotNull(run.getSpec(), example.toString());
        }
    }

    private void printKubectlGet() throws Exception {
        CustomResourceDefinition crd;
        try (InputStream in = Files.newInputStream(EvalRunCrdSetup.CRD)) {
            crd = client.apiextensions().v1().customResourceDefinitions().load(in).item();
        }
        List<CustomResourceColumnDefinition> columns = crd.getSpec().getVersions().get(0).getAdditionalPrinterColumns()
                .stream().filter(c -> c.getPriority() == null || c.getPriority() == 0).toList();
        List<String> header = new ArrayList<>(List.of("name"));
        columns.forEach(c -> header.add(c.getName()));
        ObjectMapper json = new ObjectMapper();
        List<List<String>> rows = new ArrayList<>();
        Instant now = Instant.now();
        for (EvalRun stored : client.resources(EvalRun.class).inNamespace(client.getNamespace()).list().getItems()) {
            JsonNode object = json.readTree(Serialization.asJson(stored));
            if ("Succeeded".equals(stored.getStatus().phase())) {
                columns.forEach(c -> assertNotNull(PrinterColumns.resolve(object, c.getJsonPath()),
                        c.getName() + " (" + c.getJsonPath() + ") does not resolve"));
            }
            rows.add(PrinterColumns.row(object, columns, now));
        }
        System.out.println("$ kubectl get evalruns\n" + PrinterColumns.table(header, rows));
    }

    private static Condition condition(EvalRunStatus status, String type) {
        return status.conditions().stream().filter(c -> type.equals(c.getType())).findFirst().orElseThrow();
    }

    /** The reasons of the Events recorded on the resource (as kubectl describe lists them), in alphabetical order. */
    private List<String> eventReasons(EvalRun resource) {
        return client.v1().events().inNamespace(client.getNamespace()).list().getItems().stream()
                .filter(e -> resource.getMetadata().getName().equals(e.getInvolvedObject().getName()))
                .map(Event::getReason).sorted().toList();
    }

    private EvalRunStatus awaitStatus(EvalRun resource, java.util.function.Predicate<EvalRunStatus> done) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    EvalRun current = client.resources(EvalRun.class).inNamespace(client.getNamespace())
                            .withName(resource.getMetadata().getName()).get();
                    return current == null ? null : current.getStatus();
                }, s -> s != null && done.test(s));
    }

    private EvalRun evalRun(String name, RunRequest spec) {
        EvalRun run = new EvalRun();
        run.setMetadata(new ObjectMetaBuilder().withName(name).withNamespace(client.getNamespace()).build());
        run.setSpec(spec);
        return run;
    }

    /** Question counts from the data set's own counts.tsv, not from the loader under test. */
    private static int valQuestions(List<String> subjects) throws Exception {
        Path counts = Path.of(System.getProperty("evalstream.ceval.path"), "counts.tsv");
        List<String> lines = Files.readAllLines(counts);
        List<String> header = List.of(lines.get(0).split("\t"));
        int val = header.indexOf("val");
        return lines.stream().skip(1).map(l -> l.split("\t")).filter(c -> subjects.contains(c[0]))
                .mapToInt(c -> Integer.parseInt(c[val])).sum();
    }
}
