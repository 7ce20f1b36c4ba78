package io.evalstream.sim.model;

import java.util.List;
import java.util.Optional;

/** A served model: its Triton config and the behaviour (kind) behind it. */
public record SimModel(String name, ModelKind kind, String platform, String backend, int maxBatchSize,
        boolean decoupled, List<TensorSpec> inputs, List<TensorSpec> outputs) {

    public static final String VERSION = "1";

    /** What ModelMetadata reports: the platform, or the backend when the platform is empty. */
    public String metadataPlatform() {
        return platform.isEmpty() ? backend : platform;
    }

    public boolean batched() {
        return maxBatchSize > 0;
    }

    public Optional<TensorSpec> input(String inputName) {
        return inputs.stream().filter(t -> t.name().equals(inputName)).findFirst();
    }

    public Optional<TensorSpec> output(String outputName) {
        return outputs.stream().filter(t -> t.name().equals(outputName)).findFirst();
    }
}
