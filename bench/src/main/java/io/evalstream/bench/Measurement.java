package io.evalstream.bench;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One measured configuration: the runs' timings, CPU seconds and peak RSS per process, the machine's busy share, the
 * sim's mean time per request, and for a capacity-limited sim the theoretical capacity, the service time it assumes
 * and the sim's own busy share of its slots.
 */
record Measurement(Scenario scenario, int workers, OptionalInt batchSize, List<RunDriver.Timing> runs, Map<String, Double> cpuSeconds,
        Map<String, Double> peakRssMiB, double machineBusy, OptionalDouble capacity, OptionalDouble simSlotBusy,
        OptionalDouble modelledServiceSeconds, double observedServiceSeconds) {

    int questions() {
        return runs.stream().mapToInt(RunDriver.Timing::questions).sum();
    }

    double seconds() {
        long start = runs.stream().mapToLong(RunDriver.Timing::startNanos).min().orElseThrow();
        long end = runs.stream().mapToLong(RunDriver.Timing::endNanos).max().orElseThrow();
        return (end - start) / 1e9;
    }

    /** The scenario, and the batch size when one was asked for. */
    String label() {
        return scenario.label() + (batchSize.isPresent() ? ", batchSize " + batchSize.getAsInt() : "");
    }

    double throughput() {
        return questions() / seconds();
    }

    double cpuPerThousand(String process) {
        return cpuSeconds.getOrDefault(process, 0.0) * 1000 / questions();
    }
}
