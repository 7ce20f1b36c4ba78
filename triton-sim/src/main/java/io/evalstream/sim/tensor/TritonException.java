package io.evalstream.sim.tensor;

import io.grpc.Status;

/** A Triton request error: the gRPC status code and Triton's message text. */
public class TritonException extends RuntimeException {

    private final Status.Code code;

    public TritonException(Status.Code code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public Status.Code code() {
        return code;
    }

    public static TritonException invalid(String message) {
        return new TritonException(Status.Code.INVALID_ARGUMENT, message);
    }

    public static TritonException unknownModel(String model) {
        return new TritonException(Status.Code.NOT_FOUND, "Request for unknown model: '" + model + "' is not found");
    }

    public io.grpc.StatusRuntimeException toStatus() {
        return Status.fromCode(code).withDescription(getMessage()).asRuntimeException();
    }
}
