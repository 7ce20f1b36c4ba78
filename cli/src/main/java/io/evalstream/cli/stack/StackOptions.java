package io.evalstream.cli.stack;

import io.evalstream.benchmark.ceval.CevalDatasetException;
import io.evalstream.benchmark.ceval.CevalSource;
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
            description = "C-Eval: the official ceval-exam.zip or the folder it unpacks to (default: EVALSTREAM_CEVAL_PATH,"
                    + " else ../shared/datasets/ceval)")
    Path cevalPath;

    static class Backend {
        @Option(names = "--triton", paramLabel = "HOST:PORT", converter = HostPort.class,
                description = "a real Triton's gRPC endpoint instead of triton-sim")
        String triton;

        @Option(names = "--sim", paramLabel = "POLICY", converter = SimPolicy.class,
                description = "triton-sim's answer policy (default: oracle): oracle, oracle:P (the gold letter for a"
                        + " share P of the questions) or random, with an answer style letter, explained, answer-zh or"
                        + " answer-en, e.g. oracle:0.8:answer-zh; or replay:DIR, the predictions of a recorded output"
                        + " folder")
        String sim;
    }

    /**
     * The stack's settings with these options applied; fails, naming the option, when the C-Eval data is not there or
     * not C-Eval, before anything starts. An archive that is not the official one only gets a warning.
     */
    public StackSettings settings() {
        StackSettings settings = StackSettings.defaults(home());
        Path given = cevalPath != null ? cevalPath
                : System.getenv("EVALSTREAM_CEVAL_PATH") != null ? Path.of(System.getenv("EVALSTREAM_CEVAL_PATH")) : null;
        if (given != null) {
            settings = settings.withCevalPath(given.toAbsolutePath().normalize());
        }
        try {
            CevalSource.open(settings.cevalPath()).warnings().forEach(w -> spec.commandLine().getErr()
                    .println("evalstream: warning: " + w));
        } catch (CevalDatasetException e) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--ceval-path': "
                    + e.getMessage() + (given == null ? " (the default; pass --ceval-path)" : ""));
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
