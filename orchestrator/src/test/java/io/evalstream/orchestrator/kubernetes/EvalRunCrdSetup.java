package io.evalstream.orchestrator.kubernetes;

import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.quarkus.test.kubernetes.client.KubernetesServer;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Installs the CRD from k8s/base into the mock API server before the application starts. */
public class EvalRunCrdSetup implements Consumer<KubernetesServer> {

    static final Path CRD = Path.of("../k8s/base/crd/evalrun.yaml");

    @Override
    public void accept(KubernetesServer server) {
        try (InputStream in = Files.newInputStream(CRD)) {
            CustomResourceDefinition crd = server.getClient().apiextensions().v1().customResourceDefinitions()
                    .load(in).item();
            server.getClient().resource(crd).create();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
