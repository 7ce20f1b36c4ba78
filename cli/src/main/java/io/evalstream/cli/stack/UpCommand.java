package io.evalstream.cli.stack;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "up", mixinStandardHelpOptions = true,
        description = "Starts what is not running (Kafka, PostgreSQL, triton-sim, the three services) and leaves it"
                + " running, detached from the terminal. A service running with other settings is restarted.")
public class UpCommand implements Callable<Integer> {

    @Mixin
    StackOptions stack;

    @Override
    public Integer call() throws Exception {
        new LocalStack(stack.settings(), System.err).up();
        return 0;
    }
}
