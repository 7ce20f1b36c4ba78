package io.evalstream.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** The README's test command; the launcher runs {@code tools/test.sh} itself, this is the same for a bare JVM. */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = "Runs the whole test suite as CI does: picks a JDK 21+, creates the PostgreSQL roles and"
                + " databases, starts a Kafka broker for the tests, runs ./mvnw -B verify and the native sources check,"
                + " stops the broker. Extra arguments go to Maven, e.g. ./evalstream test -pl scorer -am.")
class TestCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "MAVEN_ARG", description = "passed on to ./mvnw verify")
    List<String> mavenArguments = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        Path home = Path.of(System.getProperty("evalstream.home", ".")).toAbsolutePath().normalize();
        List<String> command = new ArrayList<>(List.of(home.resolve("tools/test.sh").toString()));
        command.addAll(mavenArguments);
        return new ProcessBuilder(command).directory(home.toFile()).inheritIO().start().waitFor();
    }
}
