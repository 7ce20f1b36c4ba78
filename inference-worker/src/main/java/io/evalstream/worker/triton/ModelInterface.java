package io.evalstream.worker.triton;

import java.util.Map;

/**
 * What the worker learned about a model from ModelMetadata and ModelConfig.
 *
 * @param inputs input name to Triton datatype (BYTES, BOOL, INT32, ...)
 * @param outputs output name to Triton datatype
 */
public record ModelInterface(String name, ModelShape shape, boolean decoupled, int maxBatchSize,
        Map<String, String> inputs, Map<String, String> outputs, String textInput, String textOutput) {

    public boolean batched() {
        return maxBatchSize > 0;
    }

    public boolean hasInput(String input) {
        return inputs.containsKey(input);
    }

    public boolean hasOutput(String output) {
        return outputs.containsKey(output);
    }

    /** Prompts one request may carry. */
    public int promptsPerRequest(int configuredMax) {
        return shape == ModelShape.PLAIN && batched() ? Math.max(1, Math.min(maxBatchSize, configuredMax)) : 1;
    }
}
