package io.evalstream.orchestrator.scorer;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Stands in for the scorer's {@code GET /api/v1/runs/{id}/results/ids}: 404 for runs it has no results of. */
@Path("/test-scorer/api/v1/runs/{id}/results/ids")
public class TestScorer {

    private static final Map<String, List<String>> STORED = new ConcurrentHashMap<>();
    private static final Map<String, String> AUTHORIZATION = new ConcurrentHashMap<>();

    public static void store(String runId, List<String> questionIds) {
        STORED.put(runId, List.copyOf(questionIds));
    }

    /** The Authorization header of the last request for the run, "" when it had none. */
    public static String authorization(String runId) {
        return AUTHORIZATION.get(runId);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<String> ids(@PathParam("id") String id, @HeaderParam("Authorization") String authorization) {
        AUTHORIZATION.put(id, authorization == null ? "" : authorization);
        List<String> ids = STORED.get(id);
        if (ids == null) {
            throw new NotFoundException("no scored predictions for run " + id);
        }
        return ids;
    }
}
