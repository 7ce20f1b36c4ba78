package io.evalstream.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** CPU time and peak resident memory of processes, from Linux's /proc. */
final class ProcessMeter {

    /** USER_HZ: Linux reports utime and stime in ticks of 1/100 s on every mainstream architecture. */
    private static final double TICKS_PER_SECOND = 100;
    private static final Path PROC = Path.of("/proc");

    private ProcessMeter() {
    }

    /** utime + stime of a process in seconds; 0 when it is gone. */
    static double cpuSeconds(long pid) {
        try {
            String stat = Files.readString(PROC.resolve(Long.toString(pid)).resolve("stat"));
            // Fields after the command name, which is in parentheses and may contain spaces.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** Peak resident set size (VmHWM) in MiB; 0 when it is gone. */
    static double peakRssMiB(long pid) {
        try (Stream<String> lines = Files.lines(PROC.resolve(Long.toString(pid)).resolve("status"))) {
            return lines.filter(l -> l.startsWith("VmHWM:")).findFirst()
                    .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024.0).orElse(0.0);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** CPU seconds of every live process whose arguments (argv[0] first) match, by pid. */
    static Map<Long, Double> cpuByPid(Predicate<List<String>> argv) {
        Map<Long, Double> cpu = new LinkedHashMap<>();
        for (long pid : pids()) {
            try {
                String cmdline = Files.readString(PROC.resolve(Long.toString(pid)).resolve("cmdline"));
                if (argv.test(List.of(cmdline.split("\0")))) {
                    cpu.put(pid, cpuSeconds(pid));
                }
            } catch (IOException e) {
                // the process ended while listing
            }
        }
        return cpu;
    }

    /** Busy and total jiffies of the whole machine, from the first line of /proc/stat. */
    static long[] machineTicks() throws IOException {
        String[] fields = Files.readAllLines(PROC.resolve("stat")).getFirst().trim().split("\\s+");
        long total = 0;
        for (int i = 1; i < fields.length; i++) {
            total += Long.parseLong(fields[i]);
        }
        long idle = Long.parseLong(fields[4]) + Long.parseLong(fields[5]);
        return new long[] {total - idle, total};
    }

    private static List<Long> pids() {
        try (Stream<Path> entries = Files.list(PROC)) {
            return entries.map(p -> p.getFileName().toString()).filter(n -> n.chars().allMatch(Character::isDigit))
                    .map(Long::parseLong).toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
