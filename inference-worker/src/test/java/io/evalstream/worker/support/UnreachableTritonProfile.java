package io.evalstream.worker.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Points the worker at a port where nothing listens, with a short readiness wait. */
public class UnreachableTritonProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        String port = String.valueOf(closedPort());
        return Map.of(
                "evalstream.triton.port", port,
                "quarkus.grpc.clients.triton.test-port", port,
                "quarkus.fault-tolerance.\"io.evalstream.worker.triton.TritonReadiness/awaitModel\".retry.max-duration",
                "2");
    }

    @Override
    public boolean disableGlobalTestResources() {
        return true;
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
