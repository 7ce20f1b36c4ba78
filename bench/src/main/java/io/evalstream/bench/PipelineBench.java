package io.evalstream.bench;

import io.evalstream.cli.run.EvalstreamClient;
import io.evalstream.cli.stack.LocalStack;
import io.evalstream.cli.stack.StackSettings;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The pipeline benchmark behind bench/pipeline.sh: starts the local stack with its own topics, schemas and ports, runs
 * C-Eval splits side by side for each scenario and worker count, and prints the measurements as Markdown.
 */
public final class PipelineBench {

    private static final String SCHEMA_PREFIX = "bench_";

    private final StackSettings base;
    private final BenchOptions options;

    private PipelineBench(StackSettings base, BenchOptions options) {
        this.base = base;
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Path repoRoot = Path.of(System.getProperty("evalstream.home", ".")).toAbsolutePath().normalize();
        BenchOptions options = BenchOptions.parse(args, repoRoot.resolve("../shared/datasets/ceval").normalize());
        Set<Integer> taken = new HashSet<>();
        int workerBase = freePortRun(4, taken);
        StackSettings settings = new StackSettings(repoRoot, repoRoot.resolve("bench/target/stack"), options.cevalPath(),
                new StackSettings.Ports(freePortRun(1, taken), freePortRun(1, taken), workerBase, freePortRun(1, taken),
                        freePortRun(1, taken)),
                options.topicPrefix(), SCHEMA_PREFIX, true, "oracle", Optional.empty(), Map.of(), Map.of(),
                1);
        List<Measurement> measurements = new PipelineBench(settings, options).measureAll();
        System.out.println(BenchTable.render(measurements));
        System.exit(0);
    }

    private List<Measurement> measureAll() throws Exception {
        List<Measurement> measurements = new ArrayList<>();
        try {
            for (int workers : options.replicas()) {
                for (Scenario scenario : options.scenarios()) {
                    Measurement m = measure(scenario, workers);
                    measurements.add(m);
                    System.err.println(BenchTable.render(List.of(m)));
                }
            }
        } finally {
            new LocalStack(base, System.err).down();
            BenchSchemas.drop(SCHEMA_PREFIX);
        }
        return measurements;
    }

    private Measurement measure(Scenario scenario, int workers) throws Exception {
        StackSettings settings = base.withWorkerReplicas(workers).withSimEnvironment(scenario.simEnvironment());
        LocalStack stack = new LocalStack(settings, System.err);
        stack.up();
        RunDriver driver = new RunDriver(new EvalstreamClient(settings.orchestratorUrl(), settings.scorerUrl()));
        if (options.warmUp()) {
            System.err.println("warm-up: " + scenario.label() + ", " + workers + " worker(s)");
            driver.runConcurrently(List.of("val"), options.subjects(), options.batchSize());
        }
        System.err.println("measuring: " + scenario.label() + ", " + workers + " worker(s), " + options.splits());
        Map<String, ProcessHandle> processes = stack.processes();
        SimMetrics simBefore = SimMetrics.read(settings.ports().simHttp());
        Snapshot before = Snapshot.take(processes);
        List<RunDriver.Timing> runs = driver.runConcurrently(options.splits(), options.subjects(),
                options.batchSize());
        Snapshot after = Snapshot.take(processes);
        SimMetrics sim = SimMetrics.read(settings.ports().simHttp()).since(simBefore);

        Map<String, Double> peakRss = new LinkedHashMap<>();
        processes.forEach((name, handle) -> peakRss.put(name, ProcessMeter.peakRssMiB(handle.pid())));
        OptionalDouble capacity = OptionalDouble.empty();
        OptionalDouble slotBusy = OptionalDouble.empty();
        OptionalDouble modelledService = OptionalDouble.empty();
        if (scenario.limited()) {
            PromptLoad load = PromptLoad.of(SCHEMA_PREFIX + "scorer", runs.stream().map(RunDriver.Timing::runId).toList());
            System.err.printf("load: %d questions, mean %.1f prompt code points, mean %.2f output tokens%n",
                    load.questions(), load.meanPromptChars(), load.meanOutputTokens());
            capacity = OptionalDouble.of(scenario.capacity(load.meanPromptChars(), load.meanOutputTokens()));
            modelledService = OptionalDouble.of(scenario.slots() / capacity.getAsDouble());
            slotBusy = OptionalDouble.of(sim.computeMicros() / 1e6
                    / (scenario.slots() * ((after.nanos() - before.nanos()) / 1e9)));
        }
        return new Measurement(scenario, workers, options.batchSize(), runs, after.cpuSince(before), peakRss,
                after.machineBusySince(before), capacity, slotBusy, modelledService,
                sim.successes() == 0 ? 0 : sim.computeMicros() / 1e6 / sim.successes());
    }

    /**
     * The first of {@code count} consecutive free ports not yet {@code taken} (worker replicas serve HTTP on
     * consecutive ports); adds them to {@code taken}.
     */
    static int freePortRun(int count, Set<Integer> taken) throws IOException {
        for (int attempt = 0; attempt < 100; attempt++) {
            int first;
            try (ServerSocket socket = new ServerSocket(0)) {
                first = socket.getLocalPort();
            }
            if (first + count <= 65535 && allFree(first, count, taken)) {
                for (int port = first; port < first + count; port++) {
                    taken.add(port);
                }
                return first;
            }
        }
        throw new IOException("no run of " + count + " free ports");
    }

    private static boolean allFree(int first, int count, Set<Integer> taken) {
        for (int port = first; port < first + count; port++) {
            if (taken.contains(port)) {
                return false;
            }
            try (ServerSocket ignored = new ServerSocket(port)) {
                // free
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }
}
