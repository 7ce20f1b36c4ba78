package io.evalstream.cli.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * What an output folder in OpenCompass's layout holds for one model, as either tool writes it:
 * {@code predictions/<abbr>/<dataset>.json} (entries keyed by row index), {@code results/<abbr>/<dataset>.json}
 * ({@code accuracy}) and the newest {@code summary/summary_<ts>.csv} (the model's column, by dataset).
 */
record OutputFolderContents(Path folder, String abbr, Map<String, Map<Integer, RecordedQuestion>> predictions,
        Map<String, Double> accuracies, Map<String, String> summary) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SUFFIX = ".json";

    static OutputFolderContents read(Path folder) throws NotAnOutputFolderException {
        if (!Files.isDirectory(folder)) {
            throw new NotAnOutputFolderException(folder, "no such directory");
        }
        Path predictionsDir = folder.resolve("predictions");
        if (!Files.isDirectory(predictionsDir)) {
            throw new NotAnOutputFolderException(folder, "it has no predictions/ folder");
        }
        List<Path> models = list(folder, predictionsDir, Files::isDirectory);
        if (models.size() != 1) {
            throw new NotAnOutputFolderException(folder, models.isEmpty() ? "predictions/ holds no model folder"
                    : "predictions/ holds several models " + models.stream().map(p -> p.getFileName().toString())
                            .toList() + "; compare takes folders of one model");
        }
        String abbr = models.get(0).getFileName().toString();
        Map<String, Map<Integer, RecordedQuestion>> predictions = new LinkedHashMap<>();
        for (Path file : list(folder, models.get(0), p -> p.getFileName().toString().endsWith(SUFFIX))) {
            predictions.put(dataset(file), questions(folder, file));
        }
        if (predictions.isEmpty()) {
            throw new NotAnOutputFolderException(folder, "predictions/" + abbr + "/ holds no predictions file");
        }
        Map<String, Double> accuracies = new LinkedHashMap<>();
        Path results = folder.resolve("results").resolve(abbr);
        if (Files.isDirectory(results)) {
            for (Path file : list(folder, results, p -> p.getFileName().toString().endsWith(SUFFIX))) {
                JsonNode accuracy = readJson(folder, file).path("accuracy");
                if (accuracy.isNumber()) {
                    accuracies.put(dataset(file), accuracy.asDouble());
                }
            }
        }
        return new OutputFolderContents(folder, abbr, predictions, accuracies, SummaryCsv.read(folder, abbr));
    }

    private static Map<Integer, RecordedQuestion> questions(Path folder, Path file) throws NotAnOutputFolderException {
        JsonNode entries = readJson(folder, file);
        Map<Integer, RecordedQuestion> byIndex = new TreeMap<>();
        for (Map.Entry<String, JsonNode> entry : entries.properties()) {
            JsonNode value = entry.getValue();
            if (!entry.getKey().matches("\\d+") || !value.path("prediction").isTextual()) {
                throw new NotAnOutputFolderException(folder, file.getFileName() + " entry \"" + entry.getKey()
                        + "\" is not a row index with a text prediction");
            }
            byIndex.put(Integer.parseInt(entry.getKey()), new RecordedQuestion(value.path("origin_prompt").asText(""),
                    value.get("prediction").asText(), value.path("gold").asText("")));
        }
        return byIndex;
    }

    private static JsonNode readJson(Path folder, Path file) throws NotAnOutputFolderException {
        try {
            JsonNode node = JSON.readTree(file.toFile());
            if (node == null || !node.isObject()) {
                throw new NotAnOutputFolderException(folder, folder.relativize(file) + " is not a JSON object");
            }
            return node;
        } catch (IOException e) {
            throw new NotAnOutputFolderException(folder, "cannot read " + folder.relativize(file) + ": "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    private static String dataset(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - SUFFIX.length());
    }

    static List<Path> list(Path folder, Path dir, Predicate<Path> filter) throws NotAnOutputFolderException {
        try (Stream<Path> paths = Files.list(dir)) {
            return paths.filter(filter).sorted().toList();
        } catch (IOException e) {
            throw new NotAnOutputFolderException(folder, "cannot list " + dir + ": " + e.getMessage());
        }
    }
}
