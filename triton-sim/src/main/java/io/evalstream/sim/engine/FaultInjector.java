package io.evalstream.sim.engine;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.inject.Singleton;

import io.evalstream.sim.config.SimConfig;

/**
 * Decides faults deterministically from SHA-256(seed + request id), so a retry with a new {@code #<attempt>} suffix
 * gets a fresh draw; requests without id draw from a per-process sequence number instead.
 */
@Singleton
public class FaultInjector {

    private final SimConfig.Faults faults;
    private final AtomicLong anonymous = new AtomicLong();

    FaultInjector(SimConfig config) {
        this.faults = config.faults();
    }

    Fault decide(String requestId) {
        if (faults.unavailableRate() <= 0 && faults.stallRate() <= 0 && faults.breakStreamRate() <= 0) {
            return Fault.NONE;
        }
        String key = requestId.isEmpty() ? "#anonymous-" + anonymous.incrementAndGet() : requestId;
        double draw = uniform(faults.seed() + ":" + key);
        if (draw < faults.unavailableRate()) {
            return Fault.UNAVAILABLE;
        }
        if (draw < faults.unavailableRate() + faults.stallRate()) {
            return Fault.STALL;
        }
        return draw < faults.unavailableRate() + faults.stallRate() + faults.breakStreamRate() ? Fault.BREAK_STREAM
                : Fault.NONE;
    }

    private static double uniform(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return Integer.toUnsignedLong(ByteBuffer.wrap(hash).getInt()) / 4294967296.0;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
