package io.evalstream.scorer.report;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * The ids of the questions that have a stored result, so that a resumed run republishes only the others. Results that
 * record an inference error are left out: a resume retries those questions.
 */
@Path("/api/v1/runs/{id}/results/ids")
public class ResultIdsResource {

    private final ReportService reports;

    public ResultIdsResource(ReportService reports) {
        this.reports = reports;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<String> ids(@PathParam("id") String id) {
        return reports.storedQuestionIds(id);
    }
}
