package io.evalstream.cli;

import io.evalstream.cli.run.EvalstreamClient;
import io.evalstream.cli.run.RunCommand;
import picocli.AutoComplete;
import picocli.CommandLine;

/** {@code ./evalstream}: one machine, only a JDK. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command tree with its completion command and the mapping of failures to exit codes. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new EvalstreamCommand());
        CommandLine completion = new CommandLine(new AutoComplete.GenerateCompletion()).setCommandName("completion");
        completion.getCommandSpec().usageMessage().hidden(false)
                .description("Prints a bash/zsh completion script: source <(./evalstream completion)");
        commandLine.addSubcommand("completion", completion);
        return commandLine.setExecutionExceptionHandler(Main::failed).setParameterExceptionHandler(Main::misused);
    }

    /** The error and where help is, instead of the whole usage message. */
    private static int misused(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        command.getErr().println("evalstream: " + e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, command.getErr());
        command.getErr().println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for the options.");
        command.getErr().flush();
        return ExitCodes.USAGE;
    }

    private static int failed(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        commandLine.getErr().println();
        commandLine.getErr().println("evalstream: " + e.getMessage());
        commandLine.getErr().flush();
        if (e instanceof RunCommand.RunStalledException) {
            return ExitCodes.RUN_FAILED;
        }
        if (e instanceof EvalstreamClient.ApiException api && api.status() / 100 == 4) {
            return ExitCodes.REJECTED;
        }
        return ExitCodes.STACK;
    }
}
