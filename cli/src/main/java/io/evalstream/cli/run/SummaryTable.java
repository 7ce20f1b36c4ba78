package io.evalstream.cli.run;

/** The table OpenCompass prints on the terminal: the tabulate block of {@code summary_<ts>.txt}. */
final class SummaryTable {

    private static final String OPEN = "^".repeat(128) + "\n";
    private static final String CLOSE = "\n" + "$".repeat(128);

    private SummaryTable() {
    }

    /** The tabulate block of the summary text; the whole text when it has none. */
    static String of(String summaryText) {
        int heading = summaryText.indexOf("tabulate format\n" + OPEN);
        if (heading < 0) {
            return summaryText;
        }
        int start = heading + "tabulate format\n".length() + OPEN.length();
        int end = summaryText.indexOf(CLOSE, start);
        return end < 0 ? summaryText : summaryText.substring(start, end) + "\n";
    }
}
