package io.evalstream.scorer.rescore;

/** A rescore request without a usable postprocessor: 400 {"field":"postprocessor","message":...}. */
public class RescoreRejectedException extends RuntimeException {

    public RescoreRejectedException(String message) {
        super(message);
    }
}
