package io.evalstream.orchestrator.run.api;

import io.evalstream.api.errors.ErrorMessage;
import io.evalstream.api.errors.FieldError;
import io.evalstream.orchestrator.run.RunConflictException;
import io.evalstream.orchestrator.run.RunNotFoundException;
import io.evalstream.orchestrator.run.RunRejectedException;
import io.evalstream.orchestrator.run.dispatch.QuestionPublisher;
import io.evalstream.orchestrator.scorer.ScorerUnavailableException;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The API's error bodies: 400 {"field","message"}; 404, 409 and 503 {"message"}. */
public class ApiErrors {

    @ServerExceptionMapper
    public RestResponse<FieldError> rejected(RunRejectedException e) {
        return RestResponse.status(RestResponse.Status.BAD_REQUEST, new FieldError(e.field(), e.getMessage()));
    }

    /** JSON also where the resource streams events, so that a client reads why. */
    @ServerExceptionMapper
    public RestResponse<ErrorMessage> notFound(RunNotFoundException e) {
        return RestResponse.ResponseBuilder.create(RestResponse.Status.NOT_FOUND, new ErrorMessage(e.getMessage()))
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @ServerExceptionMapper
    public RestResponse<ErrorMessage> conflict(RunConflictException e) {
        return RestResponse.status(RestResponse.Status.CONFLICT, new ErrorMessage(e.getMessage()));
    }

    @ServerExceptionMapper
    public RestResponse<ErrorMessage> kafkaUnavailable(QuestionPublisher.PublishException e) {
        return RestResponse.status(RestResponse.Status.SERVICE_UNAVAILABLE, new ErrorMessage(e.getMessage()));
    }

    @ServerExceptionMapper
    public RestResponse<ErrorMessage> scorerUnavailable(ScorerUnavailableException e) {
        return RestResponse.status(RestResponse.Status.SERVICE_UNAVAILABLE, new ErrorMessage(e.getMessage()));
    }
}
