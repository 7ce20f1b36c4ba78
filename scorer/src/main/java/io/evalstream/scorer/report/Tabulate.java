package io.evalstream.scorer.report;

import io.evalstream.scorer.report.python.PythonFloat;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Python tabulate's default "simple" format with {@code headers='firstrow', floatfmt='.2f'}: two spaces between
 * columns, every column at least two wider than its header, numeric columns formatted with two decimals and
 * right-aligned (headers too), text columns left-aligned, a dashed line under the header, trailing blanks stripped.
 */
public final class Tabulate {

    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)");
    private static final int MIN_PADDING = 2;

    private Tabulate() {
    }

    public static String simple(List<List<String>> table) {
        List<String> headers = table.getFirst();
        List<List<String>> rows = table.subList(1, table.size());
        List<List<String>> columns = new ArrayList<>();
        List<Boolean> numeric = new ArrayList<>();
        List<Integer> widths = new ArrayList<>();
        for (int c = 0; c < headers.size(); c++) {
            int column = c;
            List<String> cells = rows.stream().map(r -> r.get(column)).toList();
            boolean isNumber = !cells.isEmpty() && cells.stream().allMatch(s -> NUMBER.matcher(s.strip()).matches());
            List<String> formatted = cells.stream()
                    .map(s -> isNumber ? PythonFloat.fixed2(Double.parseDouble(s)) : s.strip()).toList();
            int width = Math.max(length(headers.get(c)) + MIN_PADDING,
                    formatted.stream().mapToInt(Tabulate::length).max().orElse(0));
            columns.add(formatted);
            numeric.add(isNumber);
            widths.add(width);
        }
        List<String> lines = new ArrayList<>();
        lines.add(line(headers, numeric, widths));
        lines.add(widths.stream().map("-"::repeat).collect(Collectors.joining("  ")));
        for (int r = 0; r < rows.size(); r++) {
            int row = r;
            lines.add(line(columns.stream().map(col -> col.get(row)).toList(), numeric, widths));
        }
        return String.join("\n", lines);
    }

    private static String line(List<String> cells, List<Boolean> rightAligned, List<Integer> widths) {
        List<String> padded = new ArrayList<>();
        for (int c = 0; c < cells.size(); c++) {
            String pad = " ".repeat(widths.get(c) - length(cells.get(c)));
            padded.add(rightAligned.get(c) ? pad + cells.get(c) : cells.get(c) + pad);
        }
        return String.join("  ", padded).stripTrailing();
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
