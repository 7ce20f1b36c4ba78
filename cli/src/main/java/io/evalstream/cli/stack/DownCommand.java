package io.evalstream.cli.stack;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "down", mixinStandardHelpOptions = true,
        description = "Stops what up started (a broker or PostgreSQL that was already running is left alone).")
public class DownCommand implements Callable<Integer> {

    @Override
    public Integer call() throws Exception {
        new LocalStack(StackSettings.defaults(StackOptions.home()), System.err).down();
        return 0;
    }
}
