package io.evalstream.scorer.reuse;

import io.evalstream.api.errors.FieldError;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The stored predictions a new run may reuse instead of inferring (the orchestrator asks when a run opts in). */
@Path("/api/v1/predictions/reusable")
public class ReuseResource {

    private final ReuseService service;

    public ReuseResource(ReuseService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public List<ReusablePrediction> reusable(ReuseRequest request) {
        return service.reusable(request);
    }

    @ServerExceptionMapper
    public RestResponse<FieldError> rejected(ReuseRejectedException e) {
        return RestResponse.status(RestResponse.Status.BAD_REQUEST, new FieldError(e.field(), e.getMessage()));
    }
}
