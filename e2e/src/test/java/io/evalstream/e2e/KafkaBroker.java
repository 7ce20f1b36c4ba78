package io.evalstream.e2e;

import io.evalstream.cli.stack.StackSettings;
import java.io.IOException;

/** Stops the stack's own broker the way the stack does (LocalStack.up() starts it again). */
final class KafkaBroker {

    private KafkaBroker() {
    }

    static void stop(StackSettings settings) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(settings.repoRoot().resolve("tools/kafka/stop-kafka.sh").toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(
                        settings.logDir().resolve("kafka-tool.log").toFile()));
        builder.environment().put("KAFKA_HOME_DIR", settings.stateDir().resolve("kafka").toString());
        int exit = builder.start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException("stop-kafka.sh failed (exit " + exit + ")");
        }
    }
}
