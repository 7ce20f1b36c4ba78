package io.evalstream.orchestrator.run.api;

import io.evalstream.orchestrator.run.RunConflictException;
import io.evalstream.orchestrator.run.RunNotFoundException;
import io.evalstream.orchestrator.run.RunRejectedException;
import io.evalstream.orchestrator.run.dispatch.QuestionPublisher;
import io.evalstream.orchestrator.scorer.ScorerUnavailableException;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The API's error bodies: 400 {"field","message"}; 404, 409 and 503 {"message"}. */
public class ApiErrors {

    @RegisterForReflection
    public record FieldError(String field, String message) {
    }

    @RegisterForReflection
    public record Error(String message) {
    }

    @ServerExceptionMapper
    public RestResponse<FieldError> rejected(RunRejectedException e) {
        return RestResponse.status(RestResponse.Status.BAD_REQUEST, new FieldError(e.field(), e.getMessage()));
    }

    /** JSON also where the resource streams events, so that a client reads why. */
    @ServerExceptionMapper
    public RestResponse<Error> notFound(RunNotFoundException e) {
        return RestResponse.ResponseBuilder.create(RestResponse.Status.NOT_FOUND, new Error(e.getMessage()))
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @ServerExceptionMapper
    public RestResponse<Error> conflict(RunConflictException e) {
        return RestResponse.status(RestResponse.Status.CONFLICT, new Error(e.getMessage()));
    }

    @ServerExceptionMapper
    public RestResponse<Error> kafkaUnavailable(QuestionPublisher.PublishException e) {
        return RestResponse.status(RestResponse.Status.SERVICE_UNAVAILABLE, new Error(e.getMessage()));
    }

    @ServerExceptionMapper
    public RestResponse<Error> scorerUnavailable(ScorerUnavailableException e) {
        return RestResponse.status(RestResponse.Status.SERVICE_UNAVAILABLE, new Error(e.getMessage()));
    }
}
