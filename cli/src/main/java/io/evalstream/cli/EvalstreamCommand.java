package io.evalstream.cli;

import io.evalstream.cli.run.RunSubcommand;
import io.evalstream.cli.stack.DownCommand;
import io.evalstream.cli.stack.StatusCommand;
import io.evalstream.cli.stack.UpCommand;
import io.evalstream.cli.ui.UiCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "evalstream", mixinStandardHelpOptions = true, version = "evalstream 0.1.0",
        description = "Evaluates LLMs served by Triton on C-Eval, scored as OpenCompass scores them.",
        subcommands = {RunSubcommand.class, UpCommand.class, DownCommand.class, StatusCommand.class, UiCommand.class,
                TestCommand.class},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  success", "  1  the run failed or was cancelled", "  2  bad command line (nothing was changed)",
                "  3  the orchestrator rejected the run request", "  4  the stack could not be built, started or reached"})
public class EvalstreamCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "no command given");
    }
}
