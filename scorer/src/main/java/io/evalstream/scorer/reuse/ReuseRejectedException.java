package io.evalstream.scorer.reuse;

/** A reuse query missing what a match needs: 400 {"field": ..., "message": ...}. */
public class ReuseRejectedException extends RuntimeException {

    private final String field;

    public ReuseRejectedException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
