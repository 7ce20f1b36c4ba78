package io.evalstream.scorer.report;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Maps the report API's errors to {"message": ...} with 404, 409 or 400. */
public class ReportErrors {

    @RegisterForReflection
    public record ErrorBody(String message) {
    }

    @ServerExceptionMapper
    public RestResponse<ErrorBody> notFound(RunNotFoundException e) {
        return error(Response.Status.NOT_FOUND, e);
    }

    @ServerExceptionMapper
    public RestResponse<ErrorBody> incomplete(RunIncompleteException e) {
        return error(Response.Status.CONFLICT, e);
    }

    @ServerExceptionMapper
    public RestResponse<ErrorBody> badTimestamp(InvalidTimestampException e) {
        return error(Response.Status.BAD_REQUEST, e);
    }

    private static RestResponse<ErrorBody> error(Response.Status status, RuntimeException e) {
        return RestResponse.ResponseBuilder.create(status, new ErrorBody(e.getMessage()))
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }
}
