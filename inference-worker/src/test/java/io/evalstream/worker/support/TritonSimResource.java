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

/**
 * Starts the packaged triton-sim ({@code evalstream.triton-sim.app}) on free ports with the oracle policy and
 * points the worker's Triton client at it.
 */
public class TritonSimResource implements QuarkusTestResourceLifecycleManager {

    private static final Duration STARTUP = Duration.ofSeconds(60);

    private final Map<String, String> extraEnv = new java.util.HashMap<>();
    private Process sim;

    /** Init args are extra environment variables of the sim, e.g. TRITON_SIM_FAULTS_UNAVAILABLE_RATE or its gRPC port. */
    @Override
    public void init(Map<String, String> initArgs) {
        extraEnv.putAll(initArgs);
    }

    @Override
    public Map<String, String> start() {
        Path app = Path.of(System.getProperty("evalstream.triton-sim.app",
                "../triton-sim/target/quarkus-app/quarkus-run.jar")).toAbsolutePath();
        if (!Files.isRegularFile(app)) {
            throw new IllegalStateException("triton-sim is not packaged at " + app
                    + " (set -Devalstream.triton-sim.app=<quarkus-run.jar>)");
        }
        int grpcPort = extraEnv.containsKey("TRITON_SIM_GRPC_PORT") ? Integer.parseInt(extraEnv.get("TRITON_SIM_GRPC_PORT"))
                : freePort();
        int httpPort = freePort();
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
            File log = Path.of("target", "triton-sim.log").toFile();
            sim = builder.redirectErrorStream(true).redirectOutput(log).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitReady(grpcPort);
        return Map.of(
                "evalstream.triton.host", "127.0.0.1",
                "evalstream.triton.port", String.valueOf(grpcPort),
                "quarkus.grpc.clients.triton.test-port", String.valueOf(grpcPort));
    }

    @Override
    public void stop() {
        if (sim == null) {
            return;
        }
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

    private void awaitReady(int port) {
        ManagedChannel channel = ManagedChannelBuilder.forAddress("127.0.0.1", port).usePlaintext().build();
        try {
            long deadline = System.nanoTime() + STARTUP.toNanos();
            while (System.nanoTime() < deadline) {
                if (!sim.isAlive()) {
                    throw new IllegalStateException("triton-sim exited with " + sim.exitValue()
                            + ", see target/triton-sim.log");
                }
                try {
                    if (GRPCInferenceServiceGrpc.newBlockingStub(channel).withDeadlineAfter(1, TimeUnit.SECONDS)
                            .serverReady(ServerReadyRequest.getDefaultInstance()).getReady()) {
                        return;
                    }
                } catch (RuntimeException notYet) {
                    // not listening yet
                }
                Thread.sleep(200);
            }
            throw new IllegalStateException("triton-sim not ready on port " + port + " after " + STARTUP);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
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
