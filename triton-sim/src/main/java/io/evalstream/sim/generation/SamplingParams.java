package io.evalstream.sim.generation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.evalstream.sim.tensor.TritonException;
import io.evalstream.triton.proto.InferParameter;
import io.grpc.Status;

/** The vLLM sampling parameters the simulator honours: max_tokens (default 16) and stop strings. */
record SamplingParams(int maxTokens, List<String> stop) {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final int DEFAULT_MAX_TOKENS = 16;

    static SamplingParams fromJson(String json) {
        try {
            JsonNode node = JSON.readTree(json);
            if (node == null || !node.isObject()) {
                throw new IllegalArgumentException("sampling_parameters must be a JSON object");
            }
            List<String> stop = new ArrayList<>();
            JsonNode stopNode = node.path("stop");
            if (stopNode.isArray()) {
                stopNode.forEach(s -> stop.add(s.asText()));
            } else if (stopNode.isTextual()) {
                stop.add(stopNode.asText());
            }
            JsonNode max = node.get("max_tokens");
            return new SamplingParams(max == null || max.isNull() ? DEFAULT_MAX_TOKENS : toInt(max.asText()), stop);
        } catch (IllegalArgumentException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new TritonException(Status.Code.INTERNAL, "Error generating stream: " + e.getMessage());
        }
    }

    static SamplingParams fromParameters(Map<String, InferParameter> parameters) {
        InferParameter max = parameters.get("max_tokens");
        InferParameter stop = parameters.get("stop");
        int maxTokens = max == null ? DEFAULT_MAX_TOKENS : switch (max.getParameterChoiceCase()) {
            case INT64_PARAM -> (int) max.getInt64Param();
            case STRING_PARAM -> toInt(max.getStringParam());
            case DOUBLE_PARAM -> (int) max.getDoubleParam();
            default -> DEFAULT_MAX_TOKENS;
        };
        return new SamplingParams(maxTokens, stop == null || stop.getStringParam().isEmpty() ? List.of()
                : List.of(stop.getStringParam()));
    }

    private static int toInt(String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("max_tokens '" + text + "' is not an integer");
        }
    }
}
