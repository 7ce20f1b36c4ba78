package io.evalstream.sim.model;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.inject.Singleton;

import io.evalstream.sim.config.SimConfig;
import io.evalstream.sim.tensor.TritonException;
import io.grpc.Status;

/** The models served, by name, built from configuration. */
@Singleton
public class ModelCatalog {

    private final Map<String, SimModel> models = new TreeMap<>();

    ModelCatalog(SimConfig config) {
        config.models().forEach((name, settings) -> models.put(name, ModelShapes.of(name, settings)));
    }

    public Optional<SimModel> find(String name) {
        return Optional.ofNullable(models.get(name));
    }

    /** The model, or Triton's NOT_FOUND error for an unknown name or version. */
    public SimModel require(String name, String version) {
        SimModel model = models.get(name);
        if (model == null) {
            throw TritonException.unknownModel(name);
        }
        if (!version.isEmpty() && !version.equals(SimModel.VERSION)) {
            throw new TritonException(Status.Code.NOT_FOUND,
                    "Request for unknown model: '" + name + "' version " + version + " is not found");
        }
        return model;
    }

    public Collection<SimModel> all() {
        return models.values();
    }
}
