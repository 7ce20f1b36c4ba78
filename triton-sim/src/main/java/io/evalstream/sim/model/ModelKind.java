package io.evalstream.sim.model;

/** The model shapes the stand-in can serve. */
public enum ModelKind {
    VLLM,
    TRTLLM,
    TEXT_BATCH
}
