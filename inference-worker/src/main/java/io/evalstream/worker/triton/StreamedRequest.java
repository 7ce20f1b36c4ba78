package io.evalstream.worker.triton;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import io.evalstream.triton.proto.InferParameter;
import io.evalstream.triton.proto.ModelStreamInferResponse;

/** Collects the stream responses of one request until Triton marks it final or reports an error. */
final class StreamedRequest {

    private final ModelInterface model;
    private final int prompts;
    private List<Generation> generations;
    private TritonCallException error;
    private boolean finished;

    StreamedRequest(ModelInterface model, int prompts) {
        this.model = model;
        this.prompts = prompts;
    }

    /** @return true when the request is finished */
    boolean accept(ModelStreamInferResponse response) {
        if (!response.getErrorMessage().isEmpty()) {
            error = streamError(response.getErrorMessage());
            finished = true;
            return true;
        }
        List<Generation> delta = InferResponses.decode(model, response.getInferResponse(), prompts);
        generations = generations == null ? delta
                : IntStream.range(0, prompts).mapToObj(i -> generations.get(i).then(delta.get(i)))
                        .toList();
        finished = response.getInferResponse().getParametersOrDefault("triton_final_response",
                InferParameter.getDefaultInstance()).getBoolParam();
        return finished;
    }

    /** The generations of a finished request, or its in-stream error. */
    List<Generation> result() {
        if (error != null) {
            throw error;
        }
        return generations;
    }

    /** In-stream errors carry no status code; an unavailable backend is worth another attempt. */
    private static TritonCallException streamError(String message) {
        return message.toLowerCase(Locale.ROOT).contains("unavailable")
                ? new TransientTritonException("UNAVAILABLE", message)
                : new TritonCallException("STREAM_ERROR", message);
    }
}
