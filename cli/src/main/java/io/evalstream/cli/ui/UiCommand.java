package io.evalstream.cli.ui;

import io.evalstream.cli.ExitCodes;
import io.evalstream.cli.stack.ServiceProcess;
import io.evalstream.cli.stack.StackSettings;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "ui", mixinStandardHelpOptions = true,
        description = "Prints the address of the web console (served by the scorer); --open opens it in a browser.")
public class UiCommand implements Callable<Integer> {

    @Option(names = "--open", description = "also open it with xdg-open")
    boolean open;

    @Override
    public Integer call() throws Exception {
        StackSettings settings = StackSettings.defaults(
                Path.of(System.getProperty("evalstream.home", ".")).toAbsolutePath().normalize());
        String url = settings.scorerUrl() + "/";
        System.out.println(url);
        if (!ServiceProcess.listening(settings.ports().scorer())) {
            System.err.println("evalstream: the scorer is not running; start the stack with ./evalstream up");
            return ExitCodes.STACK;
        }
        if (open) {
            new ProcessBuilder("xdg-open", url).inheritIO().start();
        }
        return ExitCodes.OK;
    }
}
