package io.evalstream.scorer.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Python tabulate's default "simple" format with {@code headers='firstrow'} and no float format, as OpenCompass 0.2.4
 * calls it: a column whose cells all parse as numbers is numeric, its floats printed with format {@code 'g'}
 * ({@code 37.50} as {@code 37.5}, {@code 25.00} as {@code 25}) and aligned on the decimal point, right-aligned with
 * its header; other columns are left-aligned text. Columns are at least two wider than their header, separated by
 * two spaces, with a dashed line under the header; trailing blanks are stripped.
 */
public final class Tabulate {

    private static final Pattern INTEGER = Pattern.compile("[-+]?\\d+");
    private static final Pattern FLOAT = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
    private static final int MIN_PADDING = 2;

    private Tabulate() {
    }

    public static String simple(List<List<String>> table) {
        List<String> headers = table.getFirst();
        List<List<String>> rows = table.subList(1, table.size());
        List<List<String>> columns = new ArrayList<>();
        List<Boolean> numeric = new ArrayList<>();
        for (int c = 0; c < headers.size(); c++) {
            int column = c;
            List<String> cells = rows.stream().map(r -> r.get(column)).toList();
            boolean isNumber = !cells.isEmpty() && cells.stream().allMatch(s -> FLOAT.matcher(s.strip()).matches());
            boolean isInteger = isNumber && cells.stream().allMatch(s -> INTEGER.matcher(s.strip()).matches());
            List<String> formatted = cells.stream().map(s -> !isNumber ? s.strip()
                    : isInteger ? s.strip() : general(Double.parseDouble(s))).toList();
            int minimum = length(headers.get(c)) + MIN_PADDING;
            columns.add(isNumber ? alignDecimal(formatted, minimum) : padRight(formatted, minimum));
            numeric.add(isNumber);
        }
        List<Integer> widths = new ArrayList<>();
        for (int c = 0; c < headers.size(); c++) {
            int minimum = length(headers.get(c)) + MIN_PADDING;
            widths.add(Math.max(minimum, columns.get(c).stream().mapToInt(Tabulate::length).max().orElse(0)));
        }
        List<String> lines = new ArrayList<>();
        List<String> header = new ArrayList<>();
        for (int c = 0; c < headers.size(); c++) {
            String pad = " ".repeat(widths.get(c) - length(headers.get(c)));
            header.add(numeric.get(c) ? pad + headers.get(c) : headers.get(c) + pad);
        }
        lines.add(String.join("  ", header).stripTrailing());
        lines.add(widths.stream().map("-"::repeat).collect(Collectors.joining("  ")));
        for (int r = 0; r < rows.size(); r++) {
            int row = r;
            lines.add(columns.stream().map(col -> col.get(row)).collect(Collectors.joining("  ")).stripTrailing());
        }
        return String.join("\n", lines);
    }

    /** Python's {@code format(x, 'g')} for the values a summary holds: 6 significant digits, no trailing zeros. */
    static String general(double x) {
        BigDecimal rounded = new BigDecimal(x).round(new MathContext(6, RoundingMode.HALF_EVEN)).stripTrailingZeros();
        return rounded.signum() == 0 ? "0" : rounded.toPlainString();
    }

    private static List<String> alignDecimal(List<String> cells, int minimum) {
        int decimals = cells.stream().mapToInt(Tabulate::afterPoint).max().orElse(-1);
        List<String> padded = cells.stream().map(s -> s + " ".repeat(decimals - afterPoint(s))).toList();
        int width = Math.max(minimum, padded.stream().mapToInt(Tabulate::length).max().orElse(0));
        return padded.stream().map(s -> " ".repeat(width - length(s)) + s).toList();
    }

    private static List<String> padRight(List<String> cells, int minimum) {
        int width = Math.max(minimum, cells.stream().mapToInt(Tabulate::length).max().orElse(0));
        return cells.stream().map(s -> s + " ".repeat(width - length(s))).toList();
    }

    /** Digits after the decimal point, -1 for an integer (tabulate's {@code _afterpoint}). */
    private static int afterPoint(String number) {
        int point = number.lastIndexOf('.');
        return point < 0 ? -1 : number.length() - point - 1;
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
