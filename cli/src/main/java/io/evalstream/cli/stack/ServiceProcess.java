package io.evalstream.cli.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/** A background process of the local stack, tracked by a pid file so that later invocations can stop it. */
public record ServiceProcess(String name, Path stateDir) {

    private static final Path SETSID = Path.of("/usr/bin/setsid");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public void start(List<String> command, Map<String, String> environment, Path workDir) throws IOException {
        Files.createDirectories(stateDir.resolve("logs"));
        Files.createDirectories(stateDir.resolve("pids"));
        ProcessBuilder builder = new ProcessBuilder(detached(command)).directory(workDir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectErrorStream(true).redirectOutput(logFile().toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        Files.writeString(pidFile(), Long.toString(process.pid()));
        Files.writeString(settingsFile(), environment.toString());
    }

    public Optional<ProcessHandle> running() {
        try {
            if (!Files.exists(pidFile())) {
                return Optional.empty();
            }
            return ProcessHandle.of(Long.parseLong(Files.readString(pidFile()).trim())).filter(ProcessHandle::isAlive);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Whether the running process was started with exactly these settings. */
    public boolean runsWith(Map<String, String> environment) {
        try {
            return running().isPresent() && Files.readString(settingsFile()).equals(environment.toString());
        } catch (IOException e) {
            return false;
        }
    }

    /** Waits until the health URL answers 200; fails with the log's error lines when the process exits or times out. */
    public void awaitHealthy(String healthUrl, Duration timeout) {
        awaitReady(() -> answers(healthUrl), timeout);
    }

    /** Waits until {@code ready}; fails with the log's error lines when the process exits first or it times out. */
    public void awaitReady(java.util.concurrent.Callable<Boolean> ready, Duration timeout) {
        try {
            Awaitility.await(name + " start-up").atMost(timeout).pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(100)).failFast(() -> running().isEmpty()).until(ready);
        } catch (org.awaitility.core.TerminalFailureException e) {
            throw new IllegalStateException(name + " exited during start-up:\n" + LogExcerpt.of(logFile()), e);
        } catch (ConditionTimeoutException e) {
            throw new IllegalStateException(name + " was not ready after " + timeout.toSeconds() + " s:\n"
                    + LogExcerpt.of(logFile()), e);
        }
    }

    public void stop(Duration grace) throws IOException {
        Optional<ProcessHandle> process = running();
        if (process.isPresent()) {
            process.get().destroy();
            try {
                process.get().onExit().get(grace.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                process.get().destroyForcibly();
            }
        }
        Files.deleteIfExists(pidFile());
        Files.deleteIfExists(settingsFile());
    }

    /**
     * In a session of its own (setsid), so that closing the terminal that started it does not stop it; setsid execs
     * the command in place, so the pid stays the service's.
     */
    private static List<String> detached(List<String> command) {
        if (!Files.isExecutable(SETSID)) {
            return command;
        }
        List<String> detached = new java.util.ArrayList<>(List.of(SETSID.toString()));
        detached.addAll(command);
        return detached;
    }

    public Path logFile() {
        return stateDir.resolve("logs").resolve(name + ".log");
    }

    private Path pidFile() {
        return stateDir.resolve("pids").resolve(name + ".pid");
    }

    private Path settingsFile() {
        return stateDir.resolve("pids").resolve(name + ".settings");
    }

    /** Whether something accepts connections on 127.0.0.1:{@code port}. */
    public static boolean listening(int port) {
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.connect(new java.net.InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static boolean answers(String url) {
        try {
            HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
