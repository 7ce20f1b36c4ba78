package io.evalstream.orchestrator.run;

/** A state change the run's status does not allow: answered with 409 {"message": ...}. */
public class RunConflictException extends RuntimeException {

    public RunConflictException(String message) {
        super(message);
    }
}
