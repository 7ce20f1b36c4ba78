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
    void formatsLongDurations() {
        assertEquals("2m05s", ProgressBar.formatSeconds(125));
        assertEquals("1h01m", ProgressBar.formatSeconds(3660));
        assertEquals("-", ProgressBar.render("PENDING", 0, 10, 1.0).split("ETA ")[1].trim());
    }
}
