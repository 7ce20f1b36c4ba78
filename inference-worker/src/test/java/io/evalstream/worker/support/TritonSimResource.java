package io.evalstream.worker.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.evalstream.triton.proto.GRPCInferenceServiceGrpc;
import io.evalstream.triton.proto.ServerReadyRequest;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.awaitility.Awaitility;

/**
 * Starts the packaged triton-sim ({@code evalstream.triton-sim.app}) on free ports with the oracle policy and
 * points the worker's Triton client at it. The plain oracle sim is started once and shared by every test class of the
 * test JVM (it keeps no state between requests); a sim with extra settings is started for its test and stopped after.
 */
public class TritonSimResource implements QuarkusTestResourceLifecycleManager {

    private static final Duration STARTUP = Duration.ofSeconds(60);
    private static Process shared;
    private static int sharedPort;

    private final Map<String, String> extraEnv = new java.util.HashMap<>();
    private Process sim;

    /** Init args are extra environment variables of the sim, e.g. TRITON_SIM_FAULTS_UNAVAILABLE_RATE or its gRPC port. */
    @Override
    public void init(Map<String, String> initArgs) {
        extraEnv.putAll(initArgs);
    }

    @Override
    public Map<String, String> start() {
        if (!extraEnv.isEmpty()) {
            int port = extraEnv.containsKey("TRITON_SIM_GRPC_PORT")
                    ? Integer.parseInt(extraEnv.get("TRITON_SIM_GRPC_PORT")) : freePort();
            sim = launch(port, extraEnv);
            return clientConfig(port);
        }
        synchronized (TritonSimResource.class) {
            if (shared == null || !shared.isAlive()) {
                sharedPort = freePort();
                shared = launch(sharedPort, Map.of());
                Process started = shared;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(started)));
            }
            return clientConfig(sharedPort);
        }
    }

    private static Map<String, String> clientConfig(int grpcPort) {
        return Map.of(
                "evalstream.triton.host", "127.0.0.1",
                "evalstream.triton.port", String.valueOf(grpcPort),
                "quarkus.grpc.clients.triton.test-port", String.valueOf(grpcPort));
    }

    private static Process launch(int grpcPort, Map<String, String> extraEnv) {
        Path app = Path.of(System.getProperty("evalstream.triton-sim.app",
                "../triton-sim/target/quarkus-app/quarkus-run.jar")).toAbsolutePath();
        if (!Files.isRegularFile(app)) {
            throw new IllegalStateException("triton-sim is not packaged at " + app
                    + " (set -Devalstream.triton-sim.app=<quarkus-run.jar>)");
        }
        int httpPort = freePort();
        Process sim;
        try {
            ProcessBuilder builder = new ProcessBuilder(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-jar",
                    app.toString());
            builder.environment().putAll(Map.of(
                    "TRITON_SIM_GRPC_PORT", String.valueOf(grpcPort),
                    "TRITON_SIM_HTTP_PORT", String.valueOf(httpPort),
                    "TRITON_SIM_POLICY", "oracle",
                    "EVALSTREAM_CEVAL_PATH", CevalFixture.root().toString()));
            builder.environment().putAll(extraEnv);
            File log = Path.of("target", "triton-sim-" + grpcPort + ".log").toFile();
            sim = builder.redirectErrorStream(true).redirectOutput(log).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitReady(sim, grpcPort);
        return sim;
    }

    /** Stops this test's own sim; the shared one lives until the test JVM exits. */
    @Override
    public void stop() {
        if (sim != null) {
            stop(sim);
        }
    }

    private static void stop(Process sim) {
        sim.destroy();
        try {
            if (!sim.waitFor(10, TimeUnit.SECONDS)) {
                sim.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            sim.destroyForcibly();
        }
    }

    private static void awaitReady(Process sim, int port) {
        ManagedChannel channel = ManagedChannelBuilder.forAddress("127.0.0.1", port).usePlaintext().build();
        try {
            Awaitility.await("triton-sim ready on port " + port + " (log: target/triton-sim-" + port + ".log)")
                    .atMost(STARTUP).pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                    .failFast("triton-sim exited", () -> !sim.isAlive())
                    .until(() -> GRPCInferenceServiceGrpc.newBlockingStub(channel).withDeadlineAfter(1, TimeUnit.SECONDS)
                            .serverReady(ServerReadyRequest.getDefaultInstance()).getReady());
        } finally {
            channel.shutdownNow();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
