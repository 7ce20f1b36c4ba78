package io.evalstream.worker.triton;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.google.protobuf.ByteString;

import io.evalstream.pipeline.GenerationSettings;
import io.evalstream.triton.proto.ModelInferRequest;
import jakarta.enterprise.context.ApplicationScoped;

/** Builds the ModelInferRequest for a model's shape (DESIGN §4). */
@ApplicationScoped
public class InferRequests {

    static final List<String> COUNT_OUTPUTS = List.of("num_input_tokens", "num_output_tokens", "finish_reason");

    private final ObjectMapper json;
    /** The sampling_parameters tensor of each run's generation settings, rendered once, not once per request. */
    private final LoadingCache<GenerationSettings, ByteString> samplingParameters;

    InferRequests(ObjectMapper json) {
        this.json = json;
        this.samplingParameters = Caffeine.newBuilder().maximumSize(1_000)
                .build(generation -> TensorCodec.bytes(List.of(sampling(generation))));
    }

    public ModelInferRequest build(ModelInterface model, String id, List<String> prompts, GenerationSettings generation) {
        InferRequestBuilder request = new InferRequestBuilder(model, id, prompts.size()).prompts(prompts);
        switch (model.shape()) {
            case VLLM -> vllm(model, request, generation);
            case TRTLLM -> trtllm(model, request, generation);
            case PLAIN -> {
            }
        }
        request.output(model.textOutput());
        COUNT_OUTPUTS.forEach(request::output);
        return request.build();
    }

    private void vllm(ModelInterface model, InferRequestBuilder request, GenerationSettings generation) {
        request.flagIfDeclared("stream", false).flagIfDeclared("exclude_input_in_output", true);
        request.scalar("sampling_parameters", ModelInterfaces.BYTES, samplingParameters.get(generation));
        COUNT_OUTPUTS.forEach(output -> request.flagIfDeclared("return_" + output, true));
    }

    private void trtllm(ModelInterface model, InferRequestBuilder request, GenerationSettings generation) {
        request.scalar("max_tokens", "INT32", TensorCodec.int32(generation.getMaxNewTokens()));
        if (model.hasInput("stop_words") && generation.getStopCount() > 0) {
            request.vector("stop_words", ModelInterfaces.BYTES, TensorCodec.bytes(generation.getStopList()),
                    generation.getStopCount());
        }
        if (model.hasInput("temperature")) {
            request.scalar("temperature", "FP32", TensorCodec.fp32((float) generation.getTemperature()));
        }
        request.flagIfDeclared("stream", false).flagIfDeclared("exclude_input_in_output", true);
        COUNT_OUTPUTS.forEach(output -> request.flagIfDeclared("return_" + output, true));
    }

    private String sampling(GenerationSettings generation) {
        ObjectNode parameters = json.createObjectNode()
                .put("max_tokens", generation.getMaxNewTokens())
                .put("temperature", generation.getTemperature());
        generation.getStopList().forEach(parameters.putArray("stop")::add);
        if (generation.getSeed() != 0) {
            parameters.put("seed", generation.getSeed());
        }
        return parameters.toString();
    }
}
