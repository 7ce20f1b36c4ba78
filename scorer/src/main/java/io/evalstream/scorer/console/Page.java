package io.evalstream.scorer.console;

import java.util.List;

/**
 * One page of rows.
 *
 * @param number  0-based
 * @param total   rows on all pages
 */
public record Page<T>(List<T> rows, int number, int size, long total) {

    public boolean hasPrevious() {
        return number > 0;
    }

    public boolean hasNext() {
        return (long) (number + 1) * size < total;
    }

    public int previous() {
        return number - 1;
    }

    /** Also the 1-based number of this page. */
    public int next() {
        return number + 1;
    }

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    /** 1-based position of the first row, for "rows 51-100 of 1000". */
    public long first() {
        return rows.isEmpty() ? 0 : (long) number * size + 1;
    }

    public long last() {
        return (long) number * size + rows.size();
    }
}
