package io.evalstream.cli.run;

import io.evalstream.benchmark.ceval.CevalSource;
import io.evalstream.benchmark.ceval.CevalSubject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** The values the orchestrator accepts, checked on the command line so that a typo costs no stack start-up. */
final class Choices {

    static final class Benchmarks extends ArrayList<String> {
        Benchmarks() {
            super(List.of("ceval"));
        }
    }

    static final class Splits extends ArrayList<String> {
        Splits() {
            super(List.of("dev", "val", "test"));
        }
    }

    static final class Templates extends ArrayList<String> {
        Templates() {
            super(List.of("internlm2-chat", "none"));
        }
    }

    static final class Postprocessors extends ArrayList<String> {
        Postprocessors() {
            super(List.of("first_capital", "first_option"));
        }
    }

    private Choices() {
    }

    /** Fails with a usage error naming the option when any option has a value the orchestrator would reject. */
    static void check(CommandSpec spec, RunOptions options, Path cevalPath) {
        oneOf(spec, "--benchmark", options.benchmark, new Benchmarks());
        oneOf(spec, "--split", options.split, new Splits());
        oneOf(spec, "--template", options.template, new Templates());
        if (options.postprocessor != null) {
            oneOf(spec, "--postprocessor", options.postprocessor, new Postprocessors());
        }
        if (options.model.isBlank()) {
            throw invalid(spec, "--model", "''", "must not be blank");
        }
        if (options.modelAbbr != null && (options.modelAbbr.isBlank() || options.modelAbbr.contains("/")
                || options.modelAbbr.contains("\\"))) {
            throw invalid(spec, "--model-abbr", "'" + options.modelAbbr + "'", "names a folder: not blank, no / or \\");
        }
        if (options.batchSize != null && (options.batchSize < 1 || options.batchSize > 1024)) {
            throw invalid(spec, "--batch-size", options.batchSize.toString(), "must be between 1 and 1024");
        }
        if (options.maxNewTokens != null && options.maxNewTokens < 1) {
            throw invalid(spec, "--max-new-tokens", options.maxNewTokens.toString(), "must be at least 1");
        }
        Set<String> known = CevalSource.open(cevalPath).subjects().stream().map(CevalSubject::key)
                .collect(java.util.stream.Collectors.toSet());
        List<String> unknown = options.subjects.stream().filter(s -> !known.contains(s)).toList();
        if (!unknown.isEmpty()) {
            throw invalid(spec, "--subjects", String.join(",", unknown), "unknown subject" + (unknown.size() > 1 ? "s" : "")
                    + " of C-Eval (e.g. computer_network, logic; the 52 are listed in the README)");
        }
    }

    private static void oneOf(CommandSpec spec, String option, String value, List<String> allowed) {
        if (!allowed.contains(value)) {
            throw invalid(spec, option, "'" + value + "'", "expected one of " + String.join(", ", allowed));
        }
    }

    private static ParameterException invalid(CommandSpec spec, String option, String value, String why) {
        return new ParameterException(spec.commandLine(), "Invalid value for option '" + option + "': " + value + ": " + why);
    }
}
