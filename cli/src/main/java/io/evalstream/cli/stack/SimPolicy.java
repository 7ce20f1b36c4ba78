package io.evalstream.cli.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Checks triton-sim's {@code POLICY[:P][:STYLE]} or {@code replay:DIR} before the sim is started with it (the sim exits
 * on a bad one); a replay folder is made absolute for the sim's process.
 */
public class SimPolicy implements ITypeConverter<String> {

    static final List<String> STYLES = List.of("letter", "explained", "answer-zh", "answer-en");
    private static final String REPLAY = "replay:";

    @Override
    public String convert(String text) {
        if (text.startsWith(REPLAY)) {
            return REPLAY + replayFolder(text.substring(REPLAY.length()));
        }
        String[] parts = text.split(":", -1);
        int next = 1;
        switch (parts[0]) {
            case "oracle" -> {
                if (parts.length > 1 && parts[1].matches("[0-9.eE+-]+")) {
                    checkRate(text, parts[1]);
                    next = 2;
                }
            }
            case "random" -> {
            }
            default -> throw invalid(text, "unknown policy '" + parts[0] + "' (expected oracle or random)");
        }
        if (parts.length > next && !STYLES.contains(parts[next])) {
            throw invalid(text, "unknown style '" + parts[next] + "' (expected one of " + String.join(", ", STYLES) + ")");
        }
        if (parts.length > next + 1) {
            throw invalid(text, "too many parts");
        }
        return text;
    }

    /** An output folder in OpenCompass's layout, or one model's folder under its predictions/. */
    private static Path replayFolder(String folder) {
        Path dir = Path.of(folder).toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new TypeConversionException("replay folder " + dir + " does not exist");
        }
        boolean modelFolder = dir.getParent() != null && dir.getParent().getFileName().toString().equals("predictions");
        if (!Files.isDirectory(dir.resolve("predictions")) && !modelFolder) {
            throw new TypeConversionException("replay folder " + dir
                    + " is not an output folder in OpenCompass's layout (no predictions/ folder)");
        }
        return dir;
    }

    private static void checkRate(String text, String rate) {
        try {
            double p = Double.parseDouble(rate);
            if (p >= 0 && p <= 1) {
                return;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw invalid(text, "the oracle rate '" + rate + "' must be a number between 0 and 1");
    }

    private static TypeConversionException invalid(String text, String why) {
        return new TypeConversionException("'" + text + "': " + why
                + "; e.g. oracle, oracle:0.6, random, oracle:0.5:answer-en, replay:outputs/20261201_040000");
    }
}
