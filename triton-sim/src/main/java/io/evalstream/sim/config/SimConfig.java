package io.evalstream.sim.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import io.evalstream.sim.model.ModelKind;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Typed configuration of the Triton stand-in; every key can be set by env var (TRITON_SIM_...). */
@ConfigMapping(prefix = "triton-sim")
public interface SimConfig {

    /** Answer policy {@code POLICY[:P][:STYLE]}, see {@code io.evalstream.sim.answer.PolicyParser}. */
    @WithDefault("oracle")
    String policy();

    /** C-Eval directory with dev/, val/, test/ and subject_mapping.json. */
    Path cevalPath();

    @WithDefault("2.62.0-sim")
    String serverVersion();

    Map<String, ModelSettings> models();

    Capacity capacity();

    Faults faults();

    interface ModelSettings {
        ModelKind kind();

        Optional<Boolean> decoupled();

        Optional<Integer> maxBatchSize();
    }

    /** Latency model: fixed + prefill per prompt character + decode per output token, K concurrent slots. */
    interface Capacity {
        /** Concurrent execution slots; 0 means unlimited. */
        @WithDefault("0")
        int slots();

        @WithDefault("0s")
        Duration fixedLatency();

        @WithDefault("0s")
        Duration prefillPerChar();

        @WithDefault("0s")
        Duration decodePerToken();
    }

    /** Fault injection rates in [0,1], decided per request id (which includes a retry suffix). */
    interface Faults {
        @WithDefault("0")
        double unavailableRate();

        @WithDefault("0")
        double stallRate();

        @WithDefault("0")
        double breakStreamRate();

        @WithDefault("0")
        long seed();
    }
}
