package io.evalstream.cli.stack;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "status", mixinStandardHelpOptions = true, description = "Lists each component of the local stack.")
public class StatusCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        new LocalStack(StackSettings.defaults(StackOptions.home()), System.err).status()
                .forEach((name, state) -> System.out.printf("%-17s %s%n", name, state));
        return 0;
    }
}
