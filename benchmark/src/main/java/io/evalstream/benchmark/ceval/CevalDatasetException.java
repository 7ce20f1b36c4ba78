package io.evalstream.benchmark.ceval;

/** The C-Eval data is missing or does not have the official layout; the message names the file. */
public class CevalDatasetException extends RuntimeException {

    public CevalDatasetException(String message) {
        super(message);
    }

    public CevalDatasetException(String message, Throwable cause) {
        super(message, cause);
    }
}
