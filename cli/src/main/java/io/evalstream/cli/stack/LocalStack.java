package io.evalstream.cli.stack;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Starts, reports and stops evalstream's local stack: Kafka, PostgreSQL, triton-sim and the three services. */
public class LocalStack {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private final StackSettings settings;
    private final PrintStream log;

    public LocalStack(StackSettings settings, PrintStream log) {
        this.settings = settings;
        this.log = log;
    }

    public void up() throws IOException, InterruptedException {
        if (runsAsConfigured()) {
            announceUp();
            return;
        }
        Files.createDirectories(settings.logDir());
        requirePackaged();
        startKafka();
        new LocalPostgres(settings, log).ensureRunning();
        // The services start side by side and are then awaited in turn: each needs only Kafka and PostgreSQL to start.
        Map<ServiceProcess, Integer> starting = new LinkedHashMap<>();
        if (settings.triton().isEmpty()) {
            ensure(process("triton-sim"), simEnvironment(), "triton-sim", settings.ports().simHttp(), starting);
        } else {
            process("triton-sim").stop(STOP_GRACE);
        }
        ensure(process("scorer"), serviceEnvironment("scorer"), "scorer", settings.ports().scorer(), starting);
        ensure(process("orchestrator"), serviceEnvironment("orchestrator"), "orchestrator",
                settings.ports().orchestrator(), starting);
        for (int replica = 0; replica < settings.workerReplicas(); replica++) {
            ensure(process(workerName(replica)), workerEnvironment(replica), "inference-worker",
                    settings.ports().worker() + replica, starting);
        }
        for (int replica : startedWorkerReplicas()) {
            if (replica >= settings.workerReplicas()) {
                process(workerName(replica)).stop(STOP_GRACE);
            }
        }
        starting.forEach((process, httpPort) ->
                process.awaitHealthy("http://127.0.0.1:" + httpPort + "/q/health/ready", START_TIMEOUT));
        announceUp();
    }

    private void announceUp() {
        log.println("stack up: orchestrator " + settings.orchestratorUrl() + ", scorer " + settings.scorerUrl()
                + ", Triton " + settings.tritonAddress() + "; logs in " + settings.logDir());
    }

    /**
     * Whether every process of these settings already runs with them and nothing else of the stack does, so that a run
     * on a started stack costs two port probes instead of the Kafka script and a PostgreSQL login.
     */
    private boolean runsAsConfigured() {
        boolean simAsConfigured = settings.triton().isEmpty() ? process("triton-sim").runsWith(simEnvironment())
                : process("triton-sim").running().isEmpty();
        if (!simAsConfigured || !process("scorer").runsWith(serviceEnvironment("scorer"))
                || !process("orchestrator").runsWith(serviceEnvironment("orchestrator"))
                || !startedWorkerReplicas().equals(java.util.stream.IntStream.range(0, settings.workerReplicas())
                        .boxed().toList())) {
            return false;
        }
        for (int replica = 0; replica < settings.workerReplicas(); replica++) {
            if (!process(workerName(replica)).runsWith(workerEnvironment(replica))) {
                return false;
            }
        }
        return ServiceProcess.listening(settings.ports().kafka()) && ServiceProcess.listening(LocalPostgres.PORT);
    }

    public void down() throws IOException, InterruptedException {
        for (int replica : startedWorkerReplicas()) {
            process(workerName(replica)).stop(STOP_GRACE);
        }
        for (String name : List.of("orchestrator", "scorer", "triton-sim")) {
            process(name).stop(STOP_GRACE);
        }
        new LocalPostgres(settings, log).stopEmbedded();
        runTool(List.of(settings.repoRoot().resolve("tools/kafka/stop-kafka.sh").toString()));
        log.println("stack down");
    }

    public Map<String, String> status() {
        Map<String, String> status = new LinkedHashMap<>();
        status.put("kafka", ServiceProcess.listening(settings.ports().kafka())
                ? "listening on " + settings.kafkaBootstrapServers() : "down");
        status.put("postgresql", ServiceProcess.listening(5432) ? "listening on 127.0.0.1:5432" : "down");
        List<ServiceProcess> processes = new ArrayList<>(List.of(process("triton-sim"), process("scorer"),
                process("orchestrator")));
        List<Integer> workers = startedWorkerReplicas();
        (workers.isEmpty() ? List.of(0) : workers).forEach(replica -> processes.add(process(workerName(replica))));
        for (ServiceProcess process : processes) {
            status.put(process.name(), process.running().map(p -> "running (pid " + p.pid() + ")").orElse("down"));
        }
        return status;
    }

    /** The running processes of the stack by name, e.g. for measurements. */
    public Map<String, ProcessHandle> processes() {
        Map<String, ProcessHandle> running = new LinkedHashMap<>();
        List<ServiceProcess> processes = new ArrayList<>(List.of(process("triton-sim"), process("scorer"),
                process("orchestrator")));
        startedWorkerReplicas().forEach(replica -> processes.add(process(workerName(replica))));
        processes.forEach(p -> p.running().ifPresent(handle -> running.put(p.name(), handle)));
        return running;
    }

    /** Starts the process unless it runs with these settings; a started one is added to {@code starting}. */
    private void ensure(ServiceProcess process, Map<String, String> environment, String module, int httpPort,
            Map<ServiceProcess, Integer> starting) throws IOException, InterruptedException {
        if (process.runsWith(environment)) {
            return;
        }
        process.stop(STOP_GRACE);
        log.println("starting " + process.name() + " ...");
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx1g", "-jar",
                appJar(module).toString()));
        process.start(command, environment, settings.stateDir());
        starting.put(process, httpPort);
    }

    private Map<String, String> simEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("TRITON_SIM_GRPC_PORT", Integer.toString(settings.ports().simGrpc()));
        env.put("TRITON_SIM_HTTP_PORT", Integer.toString(settings.ports().simHttp()));
        env.put("TRITON_SIM_POLICY", settings.simPolicy());
        env.put("EVALSTREAM_CEVAL_PATH", settings.cevalPath().toString());
        env.putAll(settings.simEnvironment());
        return env;
    }

    private Map<String, String> workerEnvironment(int replica) {
        String[] triton = settings.tritonAddress().split(":", 2);
        Map<String, String> env = kafkaEnvironment();
        env.put("EVALSTREAM_WORKER_PORT", Integer.toString(settings.ports().worker() + replica));
        env.put("TRITON_HOST", triton[0]);
        env.put("TRITON_PORT", triton[1]);
        env.put("EVALSTREAM_WORKER_ID", workerName(replica));
        env.putAll(settings.workerEnvironment());
        return env;
    }

    private Map<String, String> serviceEnvironment(String service) {
        Map<String, String> env = kafkaEnvironment();
        env.put("EVALSTREAM_DB_URL", LocalPostgres.JDBC_URL);
        if (settings.dropSchemas() && service.equals("orchestrator")) {
            env.put("QUARKUS_HIBERNATE_ORM_SCHEMA_MANAGEMENT_STRATEGY", "drop-and-create");
        } else if (settings.dropSchemas()) {
            // The scorer's schema belongs to Flyway: cleaned, then migrated from V1.
            env.put("QUARKUS_FLYWAY_CLEAN_DISABLED", "false");
            env.put("QUARKUS_FLYWAY_CLEAN_AT_START", "true");
        }
        if (service.equals("orchestrator")) {
            env.put("EVALSTREAM_ORCHESTRATOR_PORT", Integer.toString(settings.ports().orchestrator()));
            env.put("EVALSTREAM_SCORER_URL", settings.scorerUrl());
            env.put("EVALSTREAM_DB_SCHEMA", settings.schemaPrefix() + "orchestrator");
        } else {
            env.put("EVALSTREAM_SCORER_PORT", Integer.toString(settings.ports().scorer()));
            env.put("EVALSTREAM_DB_SCHEMA", settings.schemaPrefix() + "scorer");
        }
        return env;
    }

    private Map<String, String> kafkaEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("KAFKA_BOOTSTRAP_SERVERS", settings.kafkaBootstrapServers());
        env.put("EVALSTREAM_KAFKA_TOPIC_PREFIX", settings.topicPrefix());
        env.put("EVALSTREAM_CEVAL_PATH", settings.cevalPath().toString());
        return env;
    }

    private void startKafka() throws IOException, InterruptedException {
        if (!ServiceProcess.listening(settings.ports().kafka())) {
            log.println("starting Kafka ...");
        }
        runTool(List.of(settings.repoRoot().resolve("tools/kafka/start-kafka.sh").toString()));
    }

    private void runTool(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(settings.logDir().resolve("kafka-tool.log").toFile()));
        builder.environment().put("KAFKA_HOME_DIR", settings.stateDir().resolve("kafka").toString());
        builder.environment().put("KAFKA_PORT", Integer.toString(settings.ports().kafka()));
        builder.environment().put("KAFKA_CONTROLLER_PORT", Integer.toString(settings.ports().kafkaController()));
        builder.environment().put("JAVA_HOME", Path.of(javaExecutable()).getParent().getParent().toString());
        int exit = builder.start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException(command.get(0) + " failed (exit " + exit + "):\n"
                    + LogExcerpt.of(settings.logDir().resolve("kafka-tool.log")));
        }
    }

    private void requirePackaged() {
        for (String module : List.of("triton-sim", "orchestrator", "inference-worker", "scorer")) {
            if (!Files.exists(appJar(module))) {
                throw new IllegalStateException(appJar(module) + " is missing: build with ./mvnw package -DskipTests");
            }
        }
    }

    private Path appJar(String module) {
        return settings.repoRoot().resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }

    /** Replica 0 keeps the single worker's name, so that stacks started before replicas existed stop cleanly. */
    private static String workerName(int replica) {
        return replica == 0 ? "inference-worker" : "inference-worker-" + (replica + 1);
    }

    /** The worker replicas (0-based) that have a pid file, in order. */
    private List<Integer> startedWorkerReplicas() {
        Pattern pidFile = Pattern.compile("inference-worker(?:-(\\d+))?\\.pid");
        try (Stream<Path> files = Files.list(settings.stateDir().resolve("pids"))) {
            return files.map(f -> pidFile.matcher(f.getFileName().toString())).filter(Matcher::matches)
                    .map(m -> m.group(1) == null ? 0 : Integer.parseInt(m.group(1)) - 1).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private ServiceProcess process(String name) {
        return new ServiceProcess(name, settings.stateDir());
    }

    static String javaExecutable() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
