package io.evalstream.orchestrator.scorer;

/** The scorer's report API could not tell which questions have a result: answered with 503 {"message": ...}. */
public class ScorerUnavailableException extends RuntimeException {

    public ScorerUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
