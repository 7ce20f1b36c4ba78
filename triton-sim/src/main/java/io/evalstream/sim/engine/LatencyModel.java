package io.evalstream.sim.engine;

import java.util.List;

import jakarta.inject.Singleton;

import io.evalstream.sim.config.SimConfig;
import io.evalstream.sim.generation.Chunk;
import io.evalstream.sim.generation.Generation;

/** When each response is ready, in nanoseconds after the request got its slot. */
@Singleton
public class LatencyModel {

    private final long fixed;
    private final long prefillPerChar;
    private final long decodePerToken;

    LatencyModel(SimConfig config) {
        this.fixed = config.capacity().fixedLatency().toNanos();
        this.prefillPerChar = config.capacity().prefillPerChar().toNanos();
        this.decodePerToken = config.capacity().decodePerToken().toNanos();
    }

    long[] readyAt(Generation generation) {
        List<Chunk> chunks = generation.chunks();
        long[] times = new long[chunks.size()];
        long t = fixed + prefillPerChar * generation.promptChars();
        for (int i = 0; i < chunks.size(); i++) {
            t += decodePerToken * chunks.get(i).tokens();
            times[i] = t;
        }
        return times;
    }
}
