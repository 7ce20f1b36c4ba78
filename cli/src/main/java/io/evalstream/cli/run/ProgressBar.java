package io.evalstream.cli.run;

import java.io.PrintStream;

/**
 * A one-line progress bar with rate and time left: redrawn in place on a terminal; elsewhere (a file, a pipe) one
 * plain line per status change and per tenth of the run, so that logs hold no carriage returns.
 */
public class ProgressBar {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private final boolean redraw;
    private final long startNanos = System.nanoTime();
    private String lastStatus = "";
    private int lastTenth = -1;

    public ProgressBar(PrintStream out, boolean redraw) {
        this.out = out;
        this.redraw = redraw;
    }

    public void show(String status, int done, int total) {
        String line = render(status, done, total, (System.nanoTime() - startNanos) / 1e9);
        if (redraw) {
            out.print("\r" + line);
        } else {
            int tenth = total == 0 ? 0 : 10 * done / total;
            if (status.equals(lastStatus) && tenth == lastTenth) {
                return;
            }
            lastStatus = status;
            lastTenth = tenth;
            out.println(line.stripTrailing());
        }
        out.flush();
    }

    public void finish() {
        if (redraw) {
            out.println();
        }
    }

    static String render(String status, int done, int total, double elapsedSeconds) {
        double fraction = total == 0 ? 0 : Math.min(1, (double) done / total);
        int filled = (int) Math.round(fraction * WIDTH);
        double rate = elapsedSeconds > 0 ? done / elapsedSeconds : 0;
        String eta = rate > 0 && done < total ? formatSeconds((total - done) / rate) : "-";
        return String.format("%-9s [%s%s] %d/%d %5.1f%% %7.1f q/s  ETA %s   ", status, "#".repeat(filled),
                ".".repeat(WIDTH - filled), done, total, 100 * fraction, rate, eta);
    }

    static String formatSeconds(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format("%dh%02dm", s / 3600, s % 3600 / 60)
                : s >= 60 ? String.format("%dm%02ds", s / 60, s % 60) : s + "s";
    }
}
