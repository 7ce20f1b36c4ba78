package io.evalstream.orchestrator.reuse;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Stands in for the scorer's {@code POST /api/v1/predictions/reusable}: offers what a test stored for a model. */
@Path("/test-scorer/api/v1/predictions/reusable")
public class TestReuseScorer {

    public static final String UNAVAILABLE_MODEL = "scorer-is-down";
    private static final Map<String, List<StoredPrediction>> OFFERED = new ConcurrentHashMap<>();
    private static final Map<String, ReuseQuery> ASKED = new ConcurrentHashMap<>();

    public static void offer(String model, List<StoredPrediction> predictions) {
        OFFERED.put(model, List.copyOf(predictions));
    }

    /** The last query for the model, null when none came. */
    public static ReuseQuery asked(String model) {
        return ASKED.get(model);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public List<StoredPrediction> reusable(ReuseQuery query) {
        ASKED.put(query.model(), query);
        if (UNAVAILABLE_MODEL.equals(query.model())) {
            throw new ServiceUnavailableException("database is down");
        }
        return OFFERED.getOrDefault(query.model(), List.of()).stream()
                .filter(p -> query.promptHashes().contains(p.promptHash())).toList();
    }
}
