package io.evalstream.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.evalstream.cli.run.EvalstreamClient;
import io.evalstream.cli.run.RunCommand;
import io.evalstream.cli.stack.LocalStack;
import io.evalstream.cli.stack.StackSettings;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The local stack behind bench/dashboard-live.sh, on free ports with its own state dir, topics and schemas, so that it
 * runs beside any other stack on the machine:
 * <pre>
 *   up STATE_DIR TOPIC_PREFIX REPLICAS UNAVAILABLE_RATE   start it; writes STATE_DIR/stack.env (ports, for the script)
 *   run STATE_DIR                                         one C-Eval val run, to its end
 *   down STATE_DIR                                        stop it and drop its schemas
 * </pre>
 * With an unavailable rate above 0, triton-sim fails that share of attempts with UNAVAILABLE and each worker retries an
 * attempt once only, so that the dashboard's retry and failure queries see data; the run then ends FAILED for the few
 * questions whose retry failed too, which counts as expected.
 */
public final class DashboardStack {

    static final String SCHEMA_PREFIX = "dashboard_";
    private static final String SIM_POLICY = "oracle:0.5";
    private static final Pattern FAILED_INFERENCE = Pattern.compile("^(\\d+) of (\\d+) questions failed inference");

    private DashboardStack() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: DashboardStack up|run|down STATE_DIR [TOPIC_PREFIX REPLICAS RATE]");
        }
        Path repoRoot = Path.of(System.getProperty("evalstream.home", ".")).toAbsolutePath().normalize();
        Path stateDir = Path.of(args[1]).toAbsolutePath().normalize();
        int exit = switch (args[0]) {
            case "up" -> up(repoRoot, stateDir, args[2], Integer.parseInt(args[3]), args[4]);
            case "run" -> run(repoRoot, stateDir);
            case "down" -> down(load(repoRoot, stateDir));
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        };
        System.exit(exit);
    }

    private static int up(Path repoRoot, Path stateDir, String topicPrefix, int replicas, String unavailableRate)
            throws Exception {
        Set<Integer> taken = new HashSet<>();
        int workerBase = PipelineBench.freePortRun(replicas, taken);
        StackSettings.Ports ports = new StackSettings.Ports(PipelineBench.freePortRun(1, taken),
                PipelineBench.freePortRun(1, taken), workerBase, PipelineBench.freePortRun(1, taken),
                PipelineBench.freePortRun(1, taken));
        Properties env = new Properties();
        env.setProperty("ORCHESTRATOR_PORT", Integer.toString(ports.orchestrator()));
        env.setProperty("SCORER_PORT", Integer.toString(ports.scorer()));
        env.setProperty("WORKER_PORT", Integer.toString(ports.worker()));
        env.setProperty("WORKER_REPLICAS", Integer.toString(replicas));
        env.setProperty("SIM_GRPC_PORT", Integer.toString(ports.simGrpc()));
        env.setProperty("SIM_HTTP_PORT", Integer.toString(ports.simHttp()));
        env.setProperty("TOPIC_PREFIX", topicPrefix);
        env.setProperty("UNAVAILABLE_RATE", unavailableRate);
        Files.createDirectories(stateDir);
        try (Writer out = Files.newBufferedWriter(stateDir.resolve("stack.env"))) {
            // key=value lines without comments or escapes, so that the script can source the file
            for (String key : env.stringPropertyNames().stream().sorted().toList()) {
                out.write(key + "=" + env.getProperty(key) + "\n");
            }
        }
        new LocalStack(settings(repoRoot, stateDir, env), System.err).up();
        return 0;
    }

    private static int run(Path repoRoot, Path stateDir) throws Exception {
        Properties env = properties(stateDir);
        StackSettings settings = settings(repoRoot, stateDir, env);
        ObjectMapper json = new ObjectMapper();
        ObjectNode request = json.createObjectNode().put("benchmark", "ceval").put("split", "val");
        RunCommand command = new RunCommand(new EvalstreamClient(settings.orchestratorUrl(), settings.scorerUrl()),
                System.out, System.err);
        RunCommand.Outcome outcome = command.execute(request, stateDir.resolve("outputs"), Duration.ofMinutes(5));
        if (outcome.succeeded()) {
            System.out.println("run " + outcome.runId() + " SUCCEEDED");
            return 0;
        }
        System.out.println("run " + outcome.runId() + " " + outcome.status() + ": " + outcome.reason());
        return expectedFailure(outcome, Double.parseDouble(env.getProperty("UNAVAILABLE_RATE", "0"))) ? 0 : 2;
    }

    /**
     * With injected faults a few questions fail inference (their attempt and its one retry both UNAVAILABLE), and a
     * run with failed questions ends FAILED: expected, as long as the failures stay near rate squared.
     */
    static boolean expectedFailure(RunCommand.Outcome outcome, double unavailableRate) {
        Matcher m = FAILED_INFERENCE.matcher(outcome.reason());
        if (unavailableRate <= 0 || !"FAILED".equals(outcome.status()) || !m.find()) {
            return false;
        }
        double failedShare = Double.parseDouble(m.group(1)) / Double.parseDouble(m.group(2));
        boolean expected = failedShare <= Math.max(0.05, 5 * unavailableRate * unavailableRate);
        System.out.println(expected ? "expected with " + unavailableRate + " of the attempts failed by triton-sim"
                : "more failures than the injected faults explain");
        return expected;
    }

    private static int down(StackSettings settings) throws Exception {
        new LocalStack(settings, System.err).down();
        BenchSchemas.drop(SCHEMA_PREFIX);
        return 0;
    }

    private static StackSettings load(Path repoRoot, Path stateDir) throws IOException {
        return settings(repoRoot, stateDir, properties(stateDir));
    }

    private static Properties properties(Path stateDir) throws IOException {
        Properties env = new Properties();
        try (Reader in = Files.newBufferedReader(stateDir.resolve("stack.env"))) {
            env.load(in);
        }
        return env;
    }

    private static StackSettings settings(Path repoRoot, Path stateDir, Properties env) {
        StackSettings.Ports ports = new StackSettings.Ports(port(env, "ORCHESTRATOR_PORT"), port(env, "SCORER_PORT"),
                port(env, "WORKER_PORT"), port(env, "SIM_GRPC_PORT"), port(env, "SIM_HTTP_PORT"));
        String rate = env.getProperty("UNAVAILABLE_RATE", "0");
        boolean faults = Double.parseDouble(rate) > 0;
        Map<String, String> sim = faults ? Map.of("TRITON_SIM_FAULTS_UNAVAILABLE_RATE", rate) : Map.of();
        Map<String, String> worker = faults ? Map.of("TRITON_RETRY_MAX", "1") : Map.of();
        Path ceval = Optional.ofNullable(System.getenv("EVALSTREAM_CEVAL_PATH")).map(Path::of)
                .orElse(repoRoot.resolve("../shared/datasets/ceval")).toAbsolutePath().normalize();
        return new StackSettings(repoRoot, stateDir, ceval, ports,
                env.getProperty("TOPIC_PREFIX"), SCHEMA_PREFIX, true, SIM_POLICY, Optional.empty(), sim, worker,
                port(env, "WORKER_REPLICAS"));
    }

    private static int port(Properties env, String key) {
        return Integer.parseInt(env.getProperty(key));
    }
}
