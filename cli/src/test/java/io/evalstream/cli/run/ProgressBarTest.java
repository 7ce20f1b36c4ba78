package io.evalstream.cli.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProgressBarTest {

    @Test
    void showsShareRateAndTimeLeft() {
        String line = ProgressBar.render("RUNNING", 673, 1346, 2.0);
        assertTrue(line.contains("[###############...............]"), line);
        assertTrue(line.contains("673/1346  50.0%"), line);
        assertTrue(line.contains("336.5 q/s"), line);
        assertTrue(line.contains("ETA 2s"), line);
    }

    @Test
    void writesPlainLinesWhenNotOnATerminal() {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        ProgressBar bar = new ProgressBar(new java.io.PrintStream(bytes, true, java.nio.charset.StandardCharsets.UTF_8),
                false);
        for (int done = 0; done <= 100; done++) {
            bar.show(done == 0 ? "QUEUED" : "RUNNING", done, 100);
        }
        bar.finish();
        String printed = bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(printed.indexOf('\r') < 0 && printed.indexOf('\u001b') < 0, printed);
        assertEquals(12, printed.lines().count(), "one line when queued, then one per tenth: " + printed);
    }

    @Test
    void formatsLongDurations() {
        assertEquals("2m05s", ProgressBar.formatSeconds(125));
        assertEquals("1h01m", ProgressBar.formatSeconds(3660));
        assertEquals("-", ProgressBar.render("PENDING", 0, 10, 1.0).split("ETA ")[1].trim());
    }
}
