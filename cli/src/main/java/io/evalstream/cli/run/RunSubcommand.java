package io.evalstream.cli.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.evalstream.cli.ExitCodes;
import io.evalstream.cli.stack.LocalStack;
import io.evalstream.cli.stack.StackOptions;
import io.evalstream.cli.stack.StackSettings;
import io.evalstream.pipeline.run.RunRequest;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Starts what is not running, submits a run, shows its progress, prints the summary table and"
                + " writes OpenCompass's output layout under <output>/<YYYYmmdd_HHMMSS>/.")
public class RunSubcommand implements Callable<Integer> {

    private static final Duration STALL_TIMEOUT = Duration.ofMinutes(10);

    @Spec
    CommandSpec spec;

    @Mixin
    RunOptions options;

    @Mixin
    StackOptions stack;

    @Override
    public Integer call() throws Exception {
        StackSettings settings = stack.settings();
        RunRequest request = options.request(stack.simulated());
        Choices.check(spec, request);
        new LocalStack(settings, System.err).up();
        RunCommand command = new RunCommand(new EvalstreamClient(settings.orchestratorUrl(), settings.scorerUrl()),
                System.out, System.err);
        RunCommand.Outcome outcome = command.execute(new ObjectMapper().valueToTree(request), options.output,
                STALL_TIMEOUT);
        if (!outcome.succeeded()) {
            System.err.println("run " + outcome.runId() + " " + outcome.status() + ": " + outcome.reason());
            return ExitCodes.RUN_FAILED;
        }
        return ExitCodes.OK;
    }
}
