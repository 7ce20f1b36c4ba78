package io.evalstream.orchestrator.run.api;

import io.evalstream.orchestrator.run.RunNotFoundException;
import io.evalstream.orchestrator.run.RunService;
import io.evalstream.orchestrator.run.RunView;
import io.evalstream.orchestrator.run.state.RunEntity;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestStreamElementType;

@Path("/api/v1/runs")
@Produces(MediaType.APPLICATION_JSON)
public class RunResource {

    private final RunRequestReader reader;
    private final RunService service;
    private final RunFeed feed;

    public RunResource(RunRequestReader reader, RunService service, RunFeed feed) {
        this.reader = reader;
        this.service = service;
        this.feed = feed;
    }

    /**
     * The body is read here rather than by the framework so that bytes that are not UTF-8 and every malformed field
     * are a 400 naming the problem.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public RestResponse<RunView> submit(byte[] body) {
        return RestResponse.accepted(service.submit(reader.read(body)));
    }

    @GET
    public List<RunView> list() {
        return RunEntity.newestFirst().stream().map(RunView::of).toList();
    }

    @GET
    @Path("{id}")
    public RunView get(String id) {
        return RunEntity.byId(id).map(RunView::of).orElseThrow(() -> new RunNotFoundException(id));
    }

    /**
     * Server-sent events, one run view each: the run now, each change and the view it ends with, then the stream
     * ends; an unchanged run is sent again every few seconds. 404 for an unknown run.
     */
    @GET
    @Path("{id}/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Blocking
    public Multi<RunView> events(String id) {
        return feed.follow(id);
    }

    /** PENDING or RUNNING -> CANCELLED; 409 for a run that already ended. */
    @DELETE
    @Path("{id}")
    public RunView cancel(String id) {
        return service.cancel(id);
    }

    /** FAILED or CANCELLED -> RUNNING with only the questions without a result published again; 409 otherwise. */
    @POST
    @Path("{id}/resume")
    public RestResponse<RunView> resume(String id) {
        return RestResponse.accepted(service.resume(id));
    }
}
