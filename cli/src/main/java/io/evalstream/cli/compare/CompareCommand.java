package io.evalstream.cli.compare;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Shows why two output folders in OpenCompass's layout (either tool's) differ: scores, group rows,"
                + " and each question whose prompt, prediction or extracted answer differs.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:identical", "1:different", "2:a folder is not an output folder (the message says why)"})
public class CompareCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "A", description = "an output folder, e.g. outputs/20261201_120000")
    Path a;

    @Parameters(index = "1", paramLabel = "B", description = "the output folder to compare A with")
    Path b;

    @Override
    public Integer call() {
        return Compare.run(a, b, System.out);
    }
}
