package io.evalstream.sim.grpc;

import jakarta.inject.Singleton;

import io.evalstream.sim.metrics.ModelMetrics;
import io.evalstream.sim.metrics.SimMetrics;
import io.evalstream.sim.model.ModelCatalog;
import io.evalstream.sim.model.SimModel;
import io.evalstream.triton.proto.InferStatistics;
import io.evalstream.triton.proto.ModelStatistics;
import io.evalstream.triton.proto.ModelStatisticsResponse;
import io.evalstream.triton.proto.StatisticDuration;

/** ModelStatistics from the simulator's counters (all models when no name is given). */
@Singleton
class ModelStatisticsView {

    private final ModelCatalog catalog;
    private final SimMetrics metrics;

    ModelStatisticsView(ModelCatalog catalog, SimMetrics metrics) {
        this.catalog = catalog;
        this.metrics = metrics;
    }

    ModelStatisticsResponse of(String name, String version) {
        ModelStatisticsResponse.Builder response = ModelStatisticsResponse.newBuilder();
        if (name.isEmpty()) {
            catalog.all().forEach(m -> response.addModelStats(stats(m.name())));
        } else {
            response.addModelStats(stats(catalog.require(name, version).name()));
        }
        return response.build();
    }

    private ModelStatistics stats(String model) {
        ModelMetrics m = metrics.of(model);
        return ModelStatistics.newBuilder().setName(model).setVersion(SimModel.VERSION)
                .setLastInference(m.lastInferenceMillis()).setInferenceCount(m.inferenceCount())
                .setExecutionCount(m.executionCount())
                .setInferenceStats(InferStatistics.newBuilder()
                        .setSuccess(duration(m.successCount(), m.queueNanos() + m.computeNanos()))
                        .setFail(duration(m.failureCount(), 0))
                        .setQueue(duration(m.successCount(), m.queueNanos()))
                        .setComputeInfer(duration(m.successCount(), m.computeNanos())))
                .build();
    }

    private static StatisticDuration duration(long count, long nanos) {
        return StatisticDuration.newBuilder().setCount(count).setNs(nanos).build();
    }
}
