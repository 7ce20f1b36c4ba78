package io.evalstream.orchestrator.run;

/** Bad input: answered with 400 {"field": ..., "message": ...}; nothing is persisted or published. */
public class RunRejectedException extends RuntimeException {

    private final String field;

    public RunRejectedException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
