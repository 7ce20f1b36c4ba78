package io.evalstream.sim.generation;

import java.util.List;

/** One response of a generation and the number of output tokens it took to produce. */
public record Chunk(int tokens, List<OutputTensor> outputs) {
}
