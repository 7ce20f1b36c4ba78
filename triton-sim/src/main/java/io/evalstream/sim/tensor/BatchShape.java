package io.evalstream.sim.tensor;

import java.util.List;
import java.util.stream.Collectors;

import io.evalstream.sim.model.SimModel;
import io.evalstream.sim.model.TensorSpec;
import io.evalstream.triton.proto.ModelInferRequest;

/** Batch-size and shape checks against the model config (dims exclude the batch dimension). */
final class BatchShape {

    private BatchShape() {
    }

    static int batchSize(String prefix, SimModel model, ModelInferRequest request) {
        if (!model.batched()) {
            return 1;
        }
        long batch = -1;
        for (var input : request.getInputsList()) {
            long rows = input.getShapeCount() == 0 ? 0 : input.getShape(0);
            if (batch >= 0 && rows != batch) {
                throw TritonException.invalid(prefix + "input '" + input.getName()
                        + "' batch size does not match other inputs for '" + model.name() + "'");
            }
            batch = rows;
        }
        if (batch < 1 || batch > model.maxBatchSize()) {
            throw TritonException.invalid(prefix + "inference request batch-size must be <= " + model.maxBatchSize()
                    + " for '" + model.name() + "'");
        }
        return (int) batch;
    }

    /** Returns the element count of the input after checking its shape against the config dims. */
    static long checkShape(String prefix, SimModel model, TensorSpec spec, List<Long> shape) {
        List<Long> dims = model.batched() && !shape.isEmpty() ? shape.subList(1, shape.size()) : shape;
        boolean matches = dims.size() == spec.dims().size();
        for (int i = 0; matches && i < dims.size(); i++) {
            long want = spec.dims().get(i);
            matches = dims.get(i) >= 0 && (want == -1 || want == dims.get(i));
        }
        if (!matches) {
            List<Long> expected = model.batched()
                    ? java.util.stream.Stream.concat(java.util.stream.Stream.of(-1L), spec.dims().stream()).toList()
                    : spec.dims();
            throw TritonException.invalid(prefix + "unexpected shape for input '" + spec.name() + "' for model '"
                    + model.name() + "'. Expected " + dimsString(expected) + ", got " + dimsString(shape));
        }
        return shape.stream().mapToLong(Long::longValue).reduce(1, (a, b) -> a * b);
    }

    private static String dimsString(List<Long> dims) {
        return dims.stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]"));
    }
}
