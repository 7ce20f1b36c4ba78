package io.evalstream.bench;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A triton-sim configuration to measure the pipeline against: K concurrent slots (0 = unlimited) and a service time
 * per request of {@code fixed + prefill × prompt code points + decode × output tokens}.
 */
public record Scenario(String name, int slots, Duration fixed, Duration prefillPerChar, Duration decodePerToken) {

    /** A sim that answers at once and without limit: what the pipeline itself can move. */
    public static Scenario ceiling() {
        return new Scenario("ceiling", 0, Duration.ZERO, Duration.ZERO, Duration.ZERO);
    }

    public static Scenario gpu(int slots, Duration prefillPerChar, Duration decodePerToken) {
        return new Scenario("gpu", slots, Duration.ZERO, prefillPerChar, decodePerToken);
    }

    /** The name with the sim's parameters, e.g. {@code gpu K=256 0.02 ms/char 10 ms/token}. */
    public String label() {
        return limited() ? String.format(Locale.ROOT, "%s K=%d %s ms/char %s ms/token", name, slots,
                millis(prefillPerChar), millis(decodePerToken)) : name + " (no latency, no slot limit)";
    }

    private static String millis(Duration duration) {
        return new BigDecimal(duration.toNanos()).movePointLeft(6).stripTrailingZeros().toPlainString();
    }

    public boolean limited() {
        return slots > 0;
    }

    public Map<String, String> simEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("TRITON_SIM_CAPACITY_SLOTS", Integer.toString(slots));
        env.put("TRITON_SIM_CAPACITY_FIXED_LATENCY", fixed.toString());
        env.put("TRITON_SIM_CAPACITY_PREFILL_PER_CHAR", prefillPerChar.toString());
        env.put("TRITON_SIM_CAPACITY_DECODE_PER_TOKEN", decodePerToken.toString());
        return env;
    }

    /** Requests per second that K slots complete when every slot is always busy. */
    public double capacity(double meanPromptChars, double meanOutputTokens) {
        double serviceNanos = fixed.toNanos() + prefillPerChar.toNanos() * meanPromptChars
                + decodePerToken.toNanos() * meanOutputTokens;
        return slots * 1e9 / serviceNanos;
    }
}
