package io.evalstream.sim.metrics;

import java.util.Map;
import java.util.TreeMap;

import jakarta.inject.Singleton;

import io.evalstream.sim.model.ModelCatalog;
import io.evalstream.sim.model.SimModel;

/** The counters of every served model. */
@Singleton
public class SimMetrics {

    private final Map<String, ModelMetrics> byModel = new TreeMap<>();

    SimMetrics(ModelCatalog catalog) {
        for (SimModel model : catalog.all()) {
            byModel.put(model.name(), new ModelMetrics());
        }
    }

    public ModelMetrics of(String model) {
        return byModel.get(model);
    }

    public Map<String, ModelMetrics> all() {
        return byModel;
    }
}
