package io.evalstream.bench;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CPU seconds of each stack process, of the Kafka broker and of PostgreSQL (both shared with anything else on the
 * machine), and the machine's busy and total jiffies, at one instant.
 */
record Snapshot(Map<String, Double> stackCpu, Map<Long, Double> kafkaCpu, Map<Long, Double> postgresCpu,
        long[] machine, long nanos) {

    static final String KAFKA = "kafka (shared)";
    static final String POSTGRES = "postgres (shared)";

    static Snapshot take(Map<String, ProcessHandle> stack) throws IOException {
        Map<String, Double> cpu = new LinkedHashMap<>();
        stack.forEach((name, handle) -> cpu.put(name, ProcessMeter.cpuSeconds(handle.pid())));
        return new Snapshot(cpu, ProcessMeter.cpuByPid(argv -> argv.contains("kafka.Kafka")),
                ProcessMeter.cpuByPid(Snapshot::isPostgres), ProcessMeter.machineTicks(), System.nanoTime());
    }

    /** CPU seconds spent between {@code before} and this snapshot, per process (Kafka and PostgreSQL last). */
    Map<String, Double> cpuSince(Snapshot before) {
        Map<String, Double> spent = new LinkedHashMap<>();
        stackCpu.forEach((name, seconds) -> spent.put(name, seconds - before.stackCpu.getOrDefault(name, 0.0)));
        spent.put(KAFKA, sum(kafkaCpu, before.kafkaCpu));
        spent.put(POSTGRES, sum(postgresCpu, before.postgresCpu));
        return spent;
    }

    /** Share of the machine's CPU time (all cores) that was busy between the two snapshots. */
    double machineBusySince(Snapshot before) {
        return (double) (machine[0] - before.machine[0]) / (machine[1] - before.machine[1]);
    }

    private static double sum(Map<Long, Double> after, Map<Long, Double> before) {
        return after.entrySet().stream().mapToDouble(e -> e.getValue() - before.getOrDefault(e.getKey(), 0.0)).sum();
    }

    private static boolean isPostgres(List<String> argv) {
        String program = argv.getFirst();
        return program.startsWith("postgres") || program.endsWith("/postgres");
    }
}
