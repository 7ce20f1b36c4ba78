package io.evalstream.scorer.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.evalstream.api.errors.FieldError;
import io.evalstream.api.errors.JsonProblems;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A request body that is not the JSON the endpoint takes: a 400 naming the field ({@link JsonProblems}). */
public class JsonErrors {

    /** Mapped on its own: Quarkus REST has a mapper of its own for this type, which a supertype's would not replace. */
    @ServerExceptionMapper
    public RestResponse<FieldError> mismatch(MismatchedInputException e) {
        return notJson(e);
    }

    @ServerExceptionMapper
    public RestResponse<FieldError> notJson(JsonProcessingException e) {
        return RestResponse.status(RestResponse.Status.BAD_REQUEST, JsonProblems.describe(e));
    }

    /** The JSON reader reports a body that does not parse as a bare 400; say what is wrong with it instead. */
    @ServerExceptionMapper
    public Response unreadable(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return notJson(json).toResponse();
        }
        return e.getResponse();
    }
}
