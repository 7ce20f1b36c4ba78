package io.evalstream.sim.engine;

/** The injected fault for one request, if any. */
enum Fault {
    NONE,
    UNAVAILABLE,
    STALL,
    BREAK_STREAM
}
