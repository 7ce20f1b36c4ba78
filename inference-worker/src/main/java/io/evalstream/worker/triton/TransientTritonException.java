package io.evalstream.worker.triton;

/** A Triton failure that a later attempt can overcome (UNAVAILABLE, RESOURCE_EXHAUSTED, DEADLINE_EXCEEDED). */
public class TransientTritonException extends TritonCallException {

    public TransientTritonException(String code, String detail) {
        super(code, detail);
    }
}
