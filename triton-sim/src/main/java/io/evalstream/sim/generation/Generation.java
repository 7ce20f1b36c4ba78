package io.evalstream.sim.generation;

import java.util.List;

/** The planned responses of one request; promptChars drives the simulated prefill time. */
public record Generation(int promptChars, List<Chunk> chunks) {
}
