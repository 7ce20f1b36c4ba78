package io.evalstream.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.evalstream.cli.compare.Compare;
import io.evalstream.cli.run.EvalstreamClient;
import io.evalstream.cli.run.RunCommand;
import io.evalstream.cli.stack.LocalStack;
import io.evalstream.cli.stack.SimPolicy;
import io.evalstream.cli.stack.StackSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;

/** {@code ./evalstream run|up|down|status|compare}: one machine, only a JDK. */
public final class Main {

    private static final String USAGE = """
            usage: evalstream run --benchmark ceval --split val [--subjects a,b] [--template internlm2-chat|none]
                                  [--model NAME] [--model-abbr ABBR]
                                  [--triton HOST:PORT | --sim POLICY[:STYLE] | --sim replay:DIR]
                                  [--output DIR] [--max-new-tokens N] [--batch-size N] [--postprocessor NAME]
                                  [--ceval-path DIR_OR_ZIP] [--reuse]
                   evalstream up [--triton HOST:PORT | --sim POLICY[:STYLE]] [--ceval-path DIR_OR_ZIP]
                   evalstream down
                   evalstream status
                   evalstream compare A B    (A, B: output folders in OpenCompass's layout)
            """;

    private Main() {
    }

    public static void main(String[] args) {
        try {
            System.exit(execute(args));
        } catch (IllegalArgumentException e) {
            System.err.println("evalstream: " + e.getMessage());
            System.err.print(USAGE);
            System.exit(64);
        } catch (Exception e) {
            System.err.println();
            System.err.println("evalstream: " + e.getMessage());
            System.exit(1);
        }
    }

    static int execute(String[] args) throws Exception {
        if (args.length == 0) {
            throw new IllegalArgumentException("no command given");
        }
        if (args[0].equals("compare")) {
            if (args.length != 3) {
                throw new IllegalArgumentException("compare takes two output folders");
            }
            return Compare.run(Path.of(args[1]), Path.of(args[2]), System.out);
        }
        CliOptions options = CliOptions.parse(Arrays.copyOfRange(args, 1, args.length));
        StackSettings settings = options.stackSettings(
                StackSettings.defaults(Path.of(System.getProperty("evalstream.home", ".")).toAbsolutePath().normalize()));
        LocalStack stack = new LocalStack(settings, System.err);
        switch (args[0]) {
            case "up" -> stack.up();
            case "down" -> stack.down();
            case "status" -> stack.status().forEach((name, state) -> System.out.printf("%-17s %s%n", name, state));
            case "run" -> {
                stack.up();
                return run(options, settings);
            }
            default -> throw new IllegalArgumentException("unknown command '" + args[0] + "'");
        }
        return 0;
    }

    private static int run(CliOptions options, StackSettings settings) throws Exception {
        RunCommand command = new RunCommand(new EvalstreamClient(settings.orchestratorUrl(), settings.scorerUrl()),
                System.out, System.err);
        RunCommand.Outcome outcome = command.execute(options.runRequest(new ObjectMapper()), options.output(),
                Duration.ofMinutes(10));
        if (!outcome.succeeded()) {
            System.err.println("run " + outcome.runId() + " " + outcome.status() + ": " + outcome.reason());
            return 2;
        }
        return 0;
    }

    /** Options of the command line, as given. */
    record CliOptions(Map<String, String> values) {

        private static final java.util.Set<String> KNOWN = java.util.Set.of("benchmark", "split", "subjects",
                "template", "model", "model-abbr", "triton", "sim", "output", "max-new-tokens", "batch-size",
                "postprocessor", "ceval-path", "reuse");
        /** Options that are switched on by their name alone. */
        private static final java.util.Set<String> FLAGS = java.util.Set.of("reuse");

        static CliOptions parse(String[] args) {
            Map<String, String> values = new java.util.LinkedHashMap<>();
            for (int i = 0; i < args.length; i++) {
                String name = args[i].startsWith("--") ? args[i].substring(2) : null;
                if (name == null || !KNOWN.contains(name)) {
                    throw new IllegalArgumentException("unknown option '" + args[i] + "'");
                }
                if (FLAGS.contains(name)) {
                    values.put(name, "true");
                    continue;
                }
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("option --" + name + " needs a value");
                }
                values.put(name, args[++i]);
            }
            if (values.containsKey("sim") && values.containsKey("triton")) {
                throw new IllegalArgumentException("--sim and --triton exclude each other");
            }
            return new CliOptions(values);
        }

        StackSettings stackSettings(StackSettings defaults) {
            StackSettings settings = defaults;
            if (values.containsKey("ceval-path")) {
                settings = settings.withCevalPath(Path.of(values.get("ceval-path")).toAbsolutePath().normalize());
            }
            if (values.containsKey("triton")) {
                if (!values.get("triton").matches("[^:]+:\\d+")) {
                    throw new IllegalArgumentException("--triton takes HOST:PORT, got '" + values.get("triton") + "'");
                }
                return settings.withTriton(values.get("triton"));
            }
            return settings.withSimPolicy(SimPolicy.resolve(values.getOrDefault("sim", "oracle")));
        }

        ObjectNode runRequest(ObjectMapper json) {
            ObjectNode request = json.createObjectNode();
            request.put("benchmark", values.getOrDefault("benchmark", "ceval"));
            request.put("split", values.getOrDefault("split", "val"));
            if (values.containsKey("subjects")) {
                request.set("subjects", json.valueToTree(Arrays.stream(values.get("subjects").split(","))
                        .map(String::trim).filter(s -> !s.isEmpty()).toList()));
            }
            copy(request, "template", "template");
            copy(request, "model", "model");
            copy(request, "model-abbr", "modelAbbr");
            copy(request, "postprocessor", "postprocessor");
            if (values.containsKey("reuse")) {
                request.put("reuse", true);
            }
            if (values.containsKey("batch-size")) {
                request.put("batchSize", integer("batch-size"));
            }
            if (values.containsKey("max-new-tokens")) {
                request.putObject("generation").put("maxNewTokens", integer("max-new-tokens"));
            }
            return request;
        }

        Path output() {
            return Path.of(values.getOrDefault("output", "outputs"));
        }

        private void copy(ObjectNode request, String option, String field) {
            if (values.containsKey(option)) {
                request.put(field, values.get(option));
            }
        }

        private int integer(String option) {
            try {
                return Integer.parseInt(values.get(option));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--" + option + " takes a whole number, got '" + values.get(option) + "'");
            }
        }
    }
}
