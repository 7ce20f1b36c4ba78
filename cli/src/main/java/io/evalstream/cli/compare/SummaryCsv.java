package io.evalstream.cli.compare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The newest {@code summary/summary_<ts>.csv} of an output folder: the model's column by dataset, in file order. */
final class SummaryCsv {

    private SummaryCsv() {
    }

    /** Empty when the folder has no summary (a run on a split without answers). */
    static Map<String, String> read(Path folder, String abbr) throws NotAnOutputFolderException {
        Path summaries = folder.resolve("summary");
        if (!Files.isDirectory(summaries)) {
            return Map.of();
        }
        List<Path> files = OutputFolderContents.list(folder, summaries,
                p -> p.getFileName().toString().matches("summary_.*\\.csv"));
        if (files.isEmpty()) {
            return Map.of();
        }
        Path newest = files.get(files.size() - 1);
        List<String> lines;
        try {
            lines = Files.readAllLines(newest);
        } catch (IOException e) {
            throw new NotAnOutputFolderException(folder, "cannot read " + folder.relativize(newest) + ": " + e);
        }
        List<String> header = lines.isEmpty() ? List.of() : Arrays.asList(lines.get(0).split(",", -1));
        if (header.size() < 5 || !header.get(0).equals("dataset")) {
            throw new NotAnOutputFolderException(folder, folder.relativize(newest)
                    + " does not start with the header dataset,version,metric,mode,<model>");
        }
        int column = header.indexOf(abbr) >= 0 ? header.indexOf(abbr) : header.size() - 1;
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            if (cells.length == header.size()) {
                values.put(cells[0], cells[column]);
            }
        }
        return values;
    }
}
