package io.evalstream.benchmark.ceval;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;

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
        for (String column : split.requiredColumns()) {
            if (!header.contains(column)) {
                throw new CevalDatasetException(file + " line 1: missing column '" + column + "' (header "
                        + String.join(",", header) + ")");
            }
        }
        List<CevalRow> rows = new ArrayList<>(records.size() - 1);
        for (int r = 1; r < records.size(); r++) {
            rows.add(row(records.get(r), r - 1, header, split, file));
        }
        return rows;
    }

    /** Python's {@code dict(zip(header, row))}, then {@code setdefault} of explanation and answer. */
    private static CevalRow row(Record record, int index, List<String> header, CevalSplit split, String file) {
        SequencedMap<String, String> columns = new LinkedHashMap<>();
        for (int c = 0; c < header.size(); c++) {
            if (c >= record.values().length) {
                String missing = header.get(c);
                if (split.requiredColumns().contains(missing)) {
                    throw new CevalDatasetException(file + " line " + record.line() + ": missing column '"
                            + missing + "'");
                }
                break;
            }
            columns.put(header.get(c), record.values()[c]);
        }
        columns.putIfAbsent("explanation", "");
        columns.putIfAbsent("answer", "");
        return new CevalRow(index, columns);
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
