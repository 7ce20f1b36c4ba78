package io.evalstream.scorer.rescore;

import io.evalstream.api.errors.FieldError;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Re-scores a run's stored outputs with a named postprocessor; the report API shows the new numbers and, once they are
 * stored, a RESCORED run event tells the orchestrator.
 */
@Path("/api/v1/runs/{id}/rescore")
public class RescoreResource {

    private final RescoreService service;
    private final RescoreEvents events;

    public RescoreResource(RescoreService service, RescoreEvents events) {
        this.service = service;
        this.events = events;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public RescoreView rescore(@PathParam("id") String id, RescoreRequest request) {
        RescoreView view = service.rescore(id, request == null ? null : request.postprocessor());
        events.rescored(view);
        return view;
    }

    @ServerExceptionMapper
    public RestResponse<FieldError> rejected(RescoreRejectedException e) {
        return RestResponse.status(RestResponse.Status.BAD_REQUEST, new FieldError("postprocessor", e.getMessage()));
    }
}
