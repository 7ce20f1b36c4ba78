package io.evalstream.sim.metrics;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

import io.evalstream.sim.engine.SlotScheduler;

/** Triton's metrics endpoint (port 8002, path /metrics). */
@Path("/metrics")
public class MetricsResource {

    private final SimMetrics metrics;
    private final SlotScheduler slots;

    MetricsResource(SimMetrics metrics, SlotScheduler slots) {
        this.metrics = metrics;
        this.slots = slots;
    }

    @GET
    @Produces("text/plain; version=0.0.4; charset=utf-8")
    public String metrics() {
        return PrometheusText.render(metrics.all(), slots.utilization());
    }
}
