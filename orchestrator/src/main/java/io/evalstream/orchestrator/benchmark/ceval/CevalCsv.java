package io.evalstream.orchestrator.benchmark.ceval;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Parses one subject file of a split into rows, checking the split's required columns. */
final class CevalCsv {

    private static final CsvMapper CSV = new CsvMapper();

    private CevalCsv() {
    }

    static List<CevalRow> parse(String text, CevalSplit split, String file) {
        List<Record> records = records(pythonTextMode(text), file);
        if (records.isEmpty()) {
            throw new CevalDatasetException(file + ": empty file, expected the header "
                    + String.join(",", split.requiredColumns()));
        }
        List<String> header = List.of(records.getFirst().values());
        int[] columns = split.requiredColumns().stream().mapToInt(column -> {
            int position = header.indexOf(column);
            if (position < 0) {
                throw new CevalDatasetException(file + " line 1: missing column '" + column + "' (header "
                        + String.join(",", header) + ")");
            }
            return position;
        }).toArray();
        List<CevalRow> rows = new ArrayList<>(records.size() - 1);
        for (int r = 1; r < records.size(); r++) {
            rows.add(row(records.get(r), r - 1, columns, split, file));
        }
        return rows;
    }

    private static CevalRow row(Record record, int index, int[] columns, CevalSplit split, String file) {
        String[] picked = new String[columns.length];
        for (int c = 0; c < columns.length; c++) {
            if (columns[c] >= record.values().length) {
                throw new CevalDatasetException(file + " line " + record.line() + ": missing column '"
                        + split.requiredColumns().get(c) + "'");
            }
            picked[c] = record.values()[columns[c]];
        }
        String answer = split.hasAnswers() ? picked[6] : "";
        return new CevalRow(index, picked[0], picked[1], picked[2], picked[3], picked[4], picked[5], answer);
    }

    private static List<Record> records(String text, String file) {
        List<Record> records = new ArrayList<>();
        try (MappingIterator<String[]> it = CSV.readerFor(String[].class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(text)) {
            while (it.hasNextValue()) {
                int line = it.getParser().currentLocation().getLineNr();
                records.add(new Record(line, it.nextValue()));
            }
        } catch (IOException | RuntimeException e) {
            throw new CevalDatasetException(file + ": not valid CSV: " + e.getMessage(), e);
        }
        return records;
    }

    /** A CSV record and the line it starts on. */
    private record Record(int line, String[] values) {
    }

    /**
     * OpenCompass opens the CSVs in Python text mode (universal newlines), so CRLF and lone CR become LF,
     * also inside quoted fields; the prompts must contain what it read, not the raw bytes.
     */
    static String pythonTextMode(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return body.replace("\r\n", "\n").replace('\r', '\n');
    }
}
