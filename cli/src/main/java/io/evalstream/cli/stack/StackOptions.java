package io.evalstream.cli.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The options that choose how the local stack runs: the Triton behind the workers and the C-Eval data. */
public class StackOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @ArgGroup(exclusive = true)
    Backend backend = new Backend();

    @Option(names = "--ceval-path", paramLabel = "DIR_OR_ZIP",
            description = "C-Eval in the official layout or ceval-exam.zip (default: ../shared/datasets/ceval)")
    Path cevalPath;

    static class Backend {
        @Option(names = "--triton", paramLabel = "HOST:PORT", converter = HostPort.class,
                description = "a real Triton's gRPC endpoint instead of triton-sim")
        String triton;

        @Option(names = "--sim", paramLabel = "POLICY[:P][:STYLE]", converter = SimPolicy.class,
                description = {"triton-sim's answer policy (default: oracle): oracle, oracle:P, random;",
                        "styles letter, explained, answer-zh, answer-en, e.g. oracle:0.8:answer-zh"})
        String sim;
    }

    /** The stack's settings with these options applied; fails, naming the option, when the data is not there. */
    public StackSettings settings() {
        StackSettings settings = StackSettings.defaults(home());
        if (cevalPath != null) {
            settings = settings.withCevalPath(cevalPath.toAbsolutePath().normalize());
        }
        if (!Files.exists(settings.cevalPath())) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--ceval-path': "
                    + settings.cevalPath() + " does not exist" + (cevalPath == null ? " (the default; pass --ceval-path)" : ""));
        }
        return backend.triton != null ? settings.withTriton(backend.triton)
                : settings.withSimPolicy(backend.sim == null ? "oracle" : backend.sim);
    }

    public boolean simulated() {
        return backend.triton == null;
    }

    static Path home() {
        return Path.of(System.getProperty("evalstream.home", ".")).toAbsolutePath().normalize();
    }
}
