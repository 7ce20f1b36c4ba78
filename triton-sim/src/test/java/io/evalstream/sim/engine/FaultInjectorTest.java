package io.evalstream.sim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.evalstream.sim.config.SimConfig;

class FaultInjectorTest {

    private static SimConfig config(double unavailable, double stall, double breakStream) {
        SimConfig.Faults faults = new SimConfig.Faults() {
            public double unavailableRate() {
                return unavailable;
            }

            public double stallRate() {
                return stall;
            }

            public double breakStreamRate() {
                return breakStream;
            }

            public long seed() {
                return 7;
            }
        };
        return new SimConfig() {
            public String policy() {
                return "oracle";
            }

            public Path cevalPath() {
                return Path.of(".");
            }

            public String serverVersion() {
                return "x";
            }

            public Map<String, ModelSettings> models() {
                return Map.of();
            }

            public Capacity capacity() {
                return null;
            }

            public Faults faults() {
                return faults;
            }
        };
    }

    @Test
    void ratesAreHonouredAndDecisionsAreStablePerRequestId() {
        FaultInjector injector = new FaultInjector(config(0.2, 0.1, 0.3));
        Map<Fault, Integer> counts = new EnumMap<>(Fault.class);
        int n = 4000;
        for (int i = 0; i < n; i++) {
            String id = "ceval/val/x/" + i + "#1";
            Fault fault = injector.decide(id);
            assertEquals(fault, injector.decide(id), "same id, same decision");
            counts.merge(fault, 1, Integer::sum);
        }
        assertNear(0.2, counts.get(Fault.UNAVAILABLE) / (double) n);
        assertNear(0.1, counts.get(Fault.STALL) / (double) n);
        assertNear(0.3, counts.get(Fault.BREAK_STREAM) / (double) n);
        assertNear(0.4, counts.get(Fault.NONE) / (double) n);
    }

    @Test
    void noRatesMeansNoFaults() {
        assertEquals(Fault.NONE, new FaultInjector(config(0, 0, 0)).decide("a"));
        assertEquals(Optional.of(Fault.UNAVAILABLE), Optional.of(new FaultInjector(config(1, 0, 0)).decide("")));
    }

    private static void assertNear(double expected, double actual) {
        assertTrue(Math.abs(expected - actual) < 0.03, expected + " vs " + actual);
    }
}
