package io.evalstream.e2e;

import io.evalstream.cli.stack.LocalStack;
import java.util.concurrent.TimeUnit;

/**
 * Ends a test's stack: the services are killed instead of shut down gracefully, which takes seconds each (their Kafka
 * consumers leave their groups one by one) and is no part of what the tests check; down() then finds them gone and
 * stops the rest of the stack.
 */
final class StackTeardown {

    private StackTeardown() {
    }

    static void killAndStop(LocalStack stack) throws Exception {
        for (ProcessHandle process : stack.processes().values()) {
            process.destroyForcibly();
            process.onExit().get(30, TimeUnit.SECONDS);
        }
        stack.down();
    }
}
