package io.evalstream.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The measurements as two Markdown tables: throughput, then CPU and memory per process. */
final class BenchTable {

    private BenchTable() {
    }

    static String render(List<Measurement> measurements) {
        StringBuilder out = new StringBuilder();
        out.append("| scenario | workers | runs (questions, s, q/s) | total q/s | capacity q/s | share of capacity "
                + "| sim slots busy | service s modelled / in sim | machine CPU busy |\n|---|---:|---|---:|---:|---:|---:|---:|---:|\n");
        for (Measurement m : measurements) {
            String runs = m.runs().stream().map(r -> String.format(Locale.ROOT, "%s %,d q %.1f s %,.0f q/s", r.split(),
                    r.questions(), r.seconds(), r.questions() / r.seconds())).collect(Collectors.joining("; "));
            out.append(String.format(Locale.ROOT, "| %s | %d | %s | **%,.0f** (%,d q in %.1f s) | %s | %s | %s | %s / %.4f | %.0f%% |%n",
                    m.label(), m.workers(), runs, m.throughput(), m.questions(), m.seconds(),
                    m.capacity().isPresent() ? String.format(Locale.ROOT, "%,.0f", m.capacity().getAsDouble()) : "-",
                    m.capacity().isPresent() ? String.format(Locale.ROOT, "**%.1f%%**",
                            100 * m.throughput() / m.capacity().getAsDouble()) : "-",
                    m.simSlotBusy().isPresent() ? String.format(Locale.ROOT, "%.1f%%",
                            100 * m.simSlotBusy().getAsDouble()) : "-",
                    m.modelledServiceSeconds().isPresent() ? String.format(Locale.ROOT, "%.4f",
                            m.modelledServiceSeconds().getAsDouble()) : "0",
                    m.observedServiceSeconds(), 100 * m.machineBusy()));
        }
        Set<String> processes = new LinkedHashSet<>();
        measurements.forEach(m -> processes.addAll(m.cpuSeconds().keySet()));
        List<String> names = new ArrayList<>(processes);
        out.append("\nCPU seconds per 1,000 questions (peak RSS MiB) per process:\n\n| scenario | workers | ")
                .append(String.join(" | ", names)).append(" | all |\n|---|---:|")
                .append("---:|".repeat(names.size() + 1)).append('\n');
        for (Measurement m : measurements) {
            out.append("| ").append(m.label()).append(" | ").append(m.workers()).append(" | ");
            for (String name : names) {
                if (!m.cpuSeconds().containsKey(name)) {
                    out.append("- | ");
                    continue;
                }
                Double rss = m.peakRssMiB().get(name);
                out.append(String.format(Locale.ROOT, "%.2f", m.cpuPerThousand(name)))
                        .append(rss == null ? "" : String.format(Locale.ROOT, " (%.0f)", rss)).append(" | ");
            }
            double all = m.cpuSeconds().values().stream().mapToDouble(Double::doubleValue).sum() * 1000 / m.questions();
            out.append(String.format(Locale.ROOT, "%.2f |%n", all));
        }
        return out.toString();
    }
}
