package io.evalstream.worker.flow;

/** A questions record the worker cannot process; it goes to the dead-letter topic with this message. */
public class MalformedRecordException extends RuntimeException {

    public MalformedRecordException(String message) {
        super(message);
    }

    public MalformedRecordException(String message, Throwable cause) {
        super(message, cause);
    }
}
