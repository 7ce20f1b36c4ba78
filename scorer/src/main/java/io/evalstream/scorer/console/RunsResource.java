package io.evalstream.scorer.console;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The console's first page: every run, newest first, a page at a time; and their live progress for the page. */
@Path("/")
public class RunsResource {

    static final int PAGE_SIZE = 50;

    private final ConsoleQueries queries;

    public RunsResource(ConsoleQueries queries) {
        this.queries = queries;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance runs(@QueryParam("model") @DefaultValue("") String model,
            @QueryParam("status") @DefaultValue("") String status, @QueryParam("page") @DefaultValue("0") int page) {
        RunStatus wanted = RunStatus.parse(status);
        if (!status.isEmpty() && wanted == null) {
            throw new BadConsoleInput("status must be one of complete, running, incomplete; got '" + status + "'");
        }
        return ConsoleTemplates.runs(queries.runs(model, wanted, Math.max(0, page), PAGE_SIZE), queries.models(),
                model, status, List.of(RunStatus.values()), QueryString.of("model", model, "status", status));
    }

    /** Progress of the given runs, polled by the pages while a run is going. */
    @GET
    @Path("progress")
    @Produces(MediaType.APPLICATION_JSON)
    public List<RunProgress> progress(@QueryParam("run") List<String> runIds) {
        return queries.runs(runIds.stream().limit(PAGE_SIZE).toList()).stream().map(RunProgress::of).toList();
    }
}
