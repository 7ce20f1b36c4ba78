package io.evalstream.sim.tensor;

import java.util.Map;
import java.util.Optional;

/** The validated inputs of one request; batchSize is 1 for models without a batch dimension. */
public record DecodedInputs(Map<String, InputTensor> tensors, int batchSize) {

    public Optional<InputTensor> get(String name) {
        return Optional.ofNullable(tensors.get(name));
    }

    public boolean flag(String name, int row, boolean batched, boolean fallback) {
        return get(name).map(t -> t.bool(row * t.rowWidth(batched))).orElse(fallback);
    }
}
