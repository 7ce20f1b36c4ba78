package io.evalstream.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;

/** Options of the pipeline benchmark, with the defaults of docs/benchmarks.md. */
record BenchOptions(List<Integer> replicas, List<Scenario> scenarios, List<String> splits, List<String> subjects,
        OptionalInt batchSize, boolean warmUp, Path cevalPath, String topicPrefix) {

    private static final Set<String> KNOWN = Set.of("replicas", "scenarios", "splits", "subjects", "slots",
            "prefill-ms-per-char", "decode-ms-per-token", "batch-size", "warm-up", "ceval-path", "topic-prefix");

    static BenchOptions parse(String[] args, Path defaultCevalPath) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            String name = args[i].startsWith("--") ? args[i].substring(2) : "";
            if (!KNOWN.contains(name) || i + 1 >= args.length) {
                throw new IllegalArgumentException("bad option '" + args[i] + "'; options: --" + String.join(" --", KNOWN));
            }
            values.put(name, args[i + 1]);
        }
        Scenario gpu = Scenario.gpu(Integer.parseInt(values.getOrDefault("slots", "256")),
                millis(values.getOrDefault("prefill-ms-per-char", "0.02")),
                millis(values.getOrDefault("decode-ms-per-token", "10")));
        List<Scenario> scenarios = list(values.getOrDefault("scenarios", "ceiling,gpu")).stream()
                .map(name -> switch (name) {
                    case "ceiling" -> Scenario.ceiling();
                    case "gpu" -> gpu;
                    default -> throw new IllegalArgumentException("unknown scenario '" + name + "' (ceiling, gpu)");
                }).toList();
        return new BenchOptions(list(values.getOrDefault("replicas", "1,2,4")).stream().map(Integer::parseInt).toList(),
                scenarios, list(values.getOrDefault("splits", "val,test")), list(values.getOrDefault("subjects", "")),
                values.containsKey("batch-size") ? OptionalInt.of(Integer.parseInt(values.get("batch-size")))
                        : OptionalInt.empty(),
                Boolean.parseBoolean(values.getOrDefault("warm-up", "true")),
                values.containsKey("ceval-path") ? Path.of(values.get("ceval-path")).toAbsolutePath().normalize()
                        : defaultCevalPath,
                values.getOrDefault("topic-prefix", "bench-" + UUID.randomUUID() + "."));
    }

    private static List<String> list(String value) {
        return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static Duration millis(String value) {
        return Duration.ofNanos(Math.round(Double.parseDouble(value) * 1_000_000));
    }
}
