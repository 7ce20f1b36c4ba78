package io.evalstream.scorer.report;

import io.evalstream.api.errors.ErrorMessage;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Maps the report API's errors to {"message": ...} with 404, 409 or 400. */
public class ReportErrors {

    @ServerExceptionMapper
    public RestResponse<ErrorMessage> notFound(RunNotFoundException e) {
        return error(Response.Status.NOT_FOUND, e);
    }

    @ServerExceptionMapper
    public RestResponse<ErrorMessage> incomplete(RunIncompleteException e) {
        return error(Response.Status.CONFLICT, e);
    }

    @ServerExceptionMapper
    public RestResponse<ErrorMessage> badTimestamp(InvalidTimestampException e) {
        return error(Response.Status.BAD_REQUEST, e);
    }

    private static RestResponse<ErrorMessage> error(Response.Status status, RuntimeException e) {
        return RestResponse.ResponseBuilder.create(status, new ErrorMessage(e.getMessage()))
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }
}
