package io.evalstream.scorer.report;

import io.evalstream.scorer.report.python.PythonJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A run's output folder in OpenCompass's layout, entries relative to {@code outputs/<timestamp>/}: summary, predictions
 * and results; for a split without answers, predictions and a {@code submission.json} of the extracted letters.
 */
public final class OutputsZip {

    private OutputsZip() {
    }

    public static byte[] build(String timestamp, RunOutputs outputs) {
        RunReport report = outputs.report();
        Map<String, List<OutputRow>> bySubject = outputs.rows().stream()
                .collect(Collectors.groupingBy(OutputRow::subject, LinkedHashMap::new, Collectors.toList()));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            if (report.graded()) {
                put(zip, "summary/summary_" + timestamp + ".csv", SummaryCsv.render(SummaryTable.of(report)));
                put(zip, "summary/summary_" + timestamp + ".txt", SummaryText.render(timestamp, report));
            }
            for (String subject : report.subjects()) {
                List<OutputRow> rows = bySubject.getOrDefault(subject, List.of());
                String file = report.modelAbbr() + "/" + report.dataset(subject) + ".json";
                put(zip, "predictions/" + file, PythonJson.dumps(predictions(rows)));
                if (report.graded()) {
                    report.tally(subject).ifPresent(t -> put(zip, "results/" + file,
                            PythonJson.dumps(Map.of("accuracy", t.accuracy()))));
                }
            }
            if (!report.graded()) {
                put(zip, "submission.json", PythonJson.dumps(submission(report.subjects(), bySubject)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static Map<String, Object> predictions(List<OutputRow> rows) {
        Map<String, Object> byIndex = new LinkedHashMap<>();
        for (OutputRow row : rows) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("origin_prompt", row.prompt());
            entry.put("prediction", row.output());
            if (!row.gold().isEmpty()) {
                entry.put("gold", row.gold());
            }
            byIndex.put(Integer.toString(row.index()), entry);
        }
        return byIndex;
    }

    private static Map<String, Object> submission(List<String> subjects, Map<String, List<OutputRow>> bySubject) {
        Map<String, Object> submission = new LinkedHashMap<>();
        for (String subject : subjects) {
            Map<String, Object> answers = new LinkedHashMap<>();
            bySubject.getOrDefault(subject, List.of()).forEach(row -> answers.put(row.id(), row.prediction()));
            submission.put(subject, answers);
        }
        return submission;
    }

    private static void put(ZipOutputStream zip, String name, String content) {
        try {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
