package io.evalstream.cli.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A background process of the local stack, tracked by a pid file so that later invocations can stop it. */
public record ServiceProcess(String name, Path stateDir) {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public void start(List<String> command, Map<String, String> environment, Path workDir) throws IOException {
        Files.createDirectories(stateDir.resolve("logs"));
        Files.createDirectories(stateDir.resolve("pids"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
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

    public void awaitHealthy(String healthUrl, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (running().isEmpty()) {
                throw new IllegalStateException(name + " exited during start-up; see " + logFile());
            }
            if (answers(healthUrl)) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(name + " was not ready after " + timeout.toSeconds() + " s; see " + logFile());
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

    public Path logFile() {
        return stateDir.resolve("logs").resolve(name + ".log");
    }

    private Path pidFile() {
        return stateDir.resolve("pids").resolve(name + ".pid");
    }

    private Path settingsFile() {
        return stateDir.resolve("pids").resolve(name + ".settings");
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
