package io.evalstream.orchestrator.kubernetes;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.authorization.v1.ResourceRule;
import io.fabric8.kubernetes.api.model.authorization.v1.ResourceRuleBuilder;
import io.fabric8.kubernetes.api.model.authorization.v1.SelfSubjectRulesReview;
import io.fabric8.kubernetes.api.model.authorization.v1.SelfSubjectRulesReviewBuilder;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.quarkus.test.kubernetes.client.KubernetesServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Prepares the mock API server before the application starts: installs the CRD from k8s/base, and answers the
 * operator's permission check for its Lease with the rules of the orchestrator's Role in k8s/base (the mock server
 * evaluates no RBAC, so the Role itself must grant what the check needs).
 */
public class EvalRunCrdSetup implements Consumer<KubernetesServer> {

    static final Path CRD = Path.of("../k8s/base/crd/evalrun.yaml");
    static final Path RBAC = Path.of("../k8s/base/rbac/orchestrator.yaml");

    @Override
    public void accept(KubernetesServer server) {
        prepare(server.getKubernetesMockServer());
    }

    static void prepare(KubernetesMockServer server) {
        try (KubernetesClient client = server.createClient()) {
            client.resource(crd(client)).create();
            server.expect().post().withPath("/apis/authorization.k8s.io/v1/selfsubjectrulesreviews")
                    .andReturn(201, rulesOfTheRole(client)).always();
        }
    }

    static CustomResourceDefinition crd(KubernetesClient client) {
        try (InputStream in = Files.newInputStream(CRD)) {
            return client.apiextensions().v1().customResourceDefinitions().load(in).item();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SelfSubjectRulesReview rulesOfTheRole(KubernetesClient client) {
        List<HasMetadata> documents;
        try (InputStream in = Files.newInputStream(RBAC)) {
            documents = client.load(in).items();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<ResourceRule> rules = documents.stream().filter(Role.class::isInstance).map(Role.class::cast)
                .flatMap(role -> role.getRules().stream())
                .map(rule -> new ResourceRuleBuilder().withApiGroups(rule.getApiGroups())
                        .withResources(rule.getResources()).withResourceNames(rule.getResourceNames())
                        .withVerbs(rule.getVerbs()).build())
                .toList();
        return new SelfSubjectRulesReviewBuilder().withNewStatus().withIncomplete(false)
                .withResourceRules(rules).withNonResourceRules(List.of()).endStatus().build();
    }
}
