package io.evalstream.cli.stack;

import java.nio.file.Files;
import java.nio.file.Path;

/** Checks a {@code replay:DIR} sim policy before the stack starts, and makes DIR absolute for the sim's process. */
public final class SimPolicy {

    private static final String REPLAY = "replay:";

    private SimPolicy() {
    }

    /** The policy to hand to triton-sim; other policies are passed on as given (the sim checks them). */
    public static String resolve(String policy) {
        if (!policy.startsWith(REPLAY)) {
            return policy;
        }
        Path dir = Path.of(policy.substring(REPLAY.length())).toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("--sim replay: folder " + dir + " does not exist");
        }
        boolean modelFolder = dir.getParent() != null && dir.getParent().getFileName().toString().equals("predictions");
        if (!Files.isDirectory(dir.resolve("predictions")) && !modelFolder) {
            throw new IllegalArgumentException("--sim replay: folder " + dir
                    + " is not an output folder in OpenCompass's layout (no predictions/ folder)");
        }
        return REPLAY + dir;
    }
}
