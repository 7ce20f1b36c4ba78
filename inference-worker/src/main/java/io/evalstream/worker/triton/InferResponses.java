package io.evalstream.worker.triton;

import java.util.ArrayList;
import java.util.List;

import io.evalstream.triton.proto.InferTensorContents;
import io.evalstream.triton.proto.ModelInferResponse;
import io.evalstream.triton.proto.ModelInferResponse.InferOutputTensor;

/** Reads generations from raw_output_contents, falling back to the typed contents. */
public final class InferResponses {

    private InferResponses() {
    }

    /** One generation per prompt of the request (absent outputs read as empty text / null counts). */
    public static List<Generation> decode(ModelInterface model, ModelInferResponse response, int prompts) {
        List<String> texts = strings(response, model.textOutput());
        List<String> reasons = strings(response, "finish_reason");
        List<Long> inputTokens = integers(response, "num_input_tokens");
        List<Long> outputTokens = integers(response, "num_output_tokens");
        List<Generation> generations = new ArrayList<>(prompts);
        for (int i = 0; i < prompts; i++) {
            generations.add(new Generation(i < texts.size() ? texts.get(i) : "",
                    i < reasons.size() ? reasons.get(i) : null, count(inputTokens, i), count(outputTokens, i)));
        }
        return generations;
    }

    private static Integer count(List<Long> counts, int i) {
        return i < counts.size() ? Math.toIntExact(counts.get(i)) : null;
    }

    private static List<String> strings(ModelInferResponse response, String name) {
        int index = indexOf(response, name);
        if (index < 0) {
            return List.of();
        }
        if (index < response.getRawOutputContentsCount()) {
            return TensorCodec.decodeBytes(response.getRawOutputContents(index));
        }
        return response.getOutputs(index).getContents().getBytesContentsList().stream()
                .map(b -> b.toStringUtf8()).toList();
    }

    private static List<Long> integers(ModelInferResponse response, String name) {
        int index = indexOf(response, name);
        if (index < 0) {
            return List.of();
        }
        InferOutputTensor output = response.getOutputs(index);
        if (index < response.getRawOutputContentsCount()) {
            return TensorCodec.decodeIntegers(response.getRawOutputContents(index), output.getDatatype());
        }
        InferTensorContents contents = output.getContents();
        List<Long> values = new ArrayList<>();
        contents.getIntContentsList().forEach(v -> values.add(v.longValue()));
        contents.getUintContentsList().forEach(v -> values.add(Integer.toUnsignedLong(v)));
        values.addAll(contents.getInt64ContentsList());
        values.addAll(contents.getUint64ContentsList());
        return values;
    }

    private static int indexOf(ModelInferResponse response, String name) {
        for (int i = 0; i < response.getOutputsCount(); i++) {
            if (response.getOutputs(i).getName().equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
