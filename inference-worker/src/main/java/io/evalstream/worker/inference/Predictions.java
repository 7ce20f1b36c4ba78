package io.evalstream.worker.inference;

import io.evalstream.pipeline.InferenceError;
import io.evalstream.pipeline.Prediction;
import io.evalstream.pipeline.Question;
import io.evalstream.worker.triton.Generation;
import io.evalstream.worker.triton.TritonCallException;

/** Builds the Prediction records of one question. */
final class Predictions {

    private Predictions() {
    }

    static Prediction success(Question question, Generation generation, long latencyMicros, String workerId) {
        Prediction.Builder prediction = base(question, latencyMicros, workerId).setOutput(generation.text());
        if (generation.finishReason() != null) {
            prediction.setFinishReason(generation.finishReason());
        }
        if (generation.inputTokens() != null) {
            prediction.setInputTokens(generation.inputTokens());
        }
        if (generation.outputTokens() != null) {
            prediction.setOutputTokens(generation.outputTokens());
        }
        return prediction.build();
    }

    static Prediction failure(Question question, TritonCallException error, long latencyMicros, String workerId) {
        return base(question, latencyMicros, workerId).setError(InferenceError.newBuilder()
                .setCode(error.code()).setMessage(error.detail()).setRetryable(error.retryable())).build();
    }

    private static Prediction.Builder base(Question question, long latencyMicros, String workerId) {
        return Prediction.newBuilder().setQuestion(question).setLatencyMicros(latencyMicros).setWorkerId(workerId);
    }
}
