package io.evalstream.worker.triton;

import java.util.Set;

import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

import io.grpc.Status;

/** A failed Triton call: the gRPC status name (or STREAM_ERROR for an in-stream error) and Triton's message. */
public class TritonCallException extends RuntimeException {

    private static final Set<Status.Code> TRANSIENT = Set.of(
            Status.Code.UNAVAILABLE, Status.Code.RESOURCE_EXHAUSTED, Status.Code.DEADLINE_EXCEEDED);

    private final String code;
    private final String detail;

    TritonCallException(String code, String detail) {
        super(code + ": " + detail);
        this.code = code;
        this.detail = detail;
    }

    public String code() {
        return code;
    }

    public String detail() {
        return detail;
    }

    public boolean retryable() {
        return this instanceof TransientTritonException;
    }

    /** Maps any failure of a gRPC call to a TritonCallException, transient when a later attempt can succeed. */
    public static TritonCallException from(Throwable failure) {
        if (failure instanceof TritonCallException known) {
            return known;
        }
        if (failure instanceof CircuitBreakerOpenException) {
            return new TransientTritonException("UNAVAILABLE", "circuit breaker open after repeated Triton failures");
        }
        Status status = Status.fromThrowable(failure);
        String detail = status.getDescription() != null ? status.getDescription() : String.valueOf(failure.getMessage());
        return TRANSIENT.contains(status.getCode())
                ? new TransientTritonException(status.getCode().name(), detail)
                : new TritonCallException(status.getCode().name(), detail);
    }
}
