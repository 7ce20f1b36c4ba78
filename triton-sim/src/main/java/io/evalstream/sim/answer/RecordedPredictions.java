package io.evalstream.sim.answer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The C-Eval predictions of one model in an output folder in OpenCompass's layout:
 * {@code predictions/<abbr>/ceval-<subject>.json}, keyed by row index ("0", "1", ...), each with its
 * {@code prediction}. The folder given is the output folder or, to choose among several models, its
 * {@code predictions/<abbr>} folder.
 */
public final class RecordedPredictions {

    private static final String PREFIX = "ceval-";
    private static final String SUFFIX = ".json";

    private final Path folder;
    private final Map<String, Map<String, String>> bySubject;

    private RecordedPredictions(Path folder, Map<String, Map<String, String>> bySubject) {
        this.folder = folder;
        this.bySubject = bySubject;
    }

    public static RecordedPredictions load(Path dir) {
        Path folder = modelFolder(dir.toAbsolutePath().normalize());
        Map<String, Map<String, String>> bySubject = new HashMap<>();
        for (Path file : list(folder, Files::isRegularFile)) {
            String name = file.getFileName().toString();
            if (name.startsWith(PREFIX) && name.endsWith(SUFFIX)) {
                bySubject.put(name.substring(PREFIX.length(), name.length() - SUFFIX.length()), read(file));
            }
        }
        if (bySubject.isEmpty()) {
            throw new IllegalArgumentException("replay folder " + folder
                    + " holds no C-Eval predictions (ceval-<subject>.json)");
        }
        return new RecordedPredictions(folder, bySubject);
    }

    public Optional<String> prediction(String subject, int row) {
        return Optional.ofNullable(bySubject.getOrDefault(subject, Map.of()).get(Integer.toString(row)));
    }

    public Path folder() {
        return folder;
    }

    public Path file(String subject) {
        return folder.resolve(PREFIX + subject + SUFFIX);
    }

    private static Path modelFolder(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("replay folder " + dir + " does not exist or is not a directory");
        }
        Path predictions = dir.resolve("predictions");
        if (!Files.isDirectory(predictions)) {
            if (list(dir, Files::isRegularFile).stream().anyMatch(f -> f.getFileName().toString().startsWith(PREFIX))) {
                return dir;
            }
            throw new IllegalArgumentException("replay folder " + dir
                    + " is not an output folder in OpenCompass's layout: it has no predictions/ folder");
        }
        List<Path> models = list(predictions, Files::isDirectory);
        if (models.size() != 1) {
            throw new IllegalArgumentException("replay folder " + dir + " holds " + (models.isEmpty() ? "no model"
                    : "the predictions of several models " + models.stream().map(Path::getFileName).sorted().toList()
                            + "; choose one with replay:" + predictions + "/<abbr>")
                    + " in predictions/");
        }
        return models.get(0);
    }

    private static Map<String, String> read(Path file) {
        JsonNode entries;
        try {
            entries = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException("replay: cannot read " + file + ": " + e.getMessage(), e);
        }
        if (entries == null || !entries.isObject()) {
            throw new IllegalArgumentException("replay: " + file + " is not a JSON object of predictions by row index");
        }
        Map<String, String> byRow = new HashMap<>();
        entries.properties().forEach(entry -> {
            JsonNode prediction = entry.getValue().path("prediction");
            if (!prediction.isTextual()) {
                throw new IllegalArgumentException("replay: entry \"" + entry.getKey() + "\" of " + file
                        + " has no text prediction");
            }
            byRow.put(entry.getKey(), prediction.asText());
        });
        return byRow;
    }

    private static List<Path> list(Path dir, java.util.function.Predicate<Path> filter) {
        try (Stream<Path> paths = Files.list(dir)) {
            return paths.filter(filter).sorted().toList();
        } catch (IOException e) {
            throw new IllegalArgumentException("replay: cannot list " + dir + ": " + e.getMessage(), e);
        }
    }
}
