package io.evalstream.sim.tensor;

import java.util.ArrayList;
import java.util.List;

import com.google.protobuf.ByteString;

import io.evalstream.sim.model.Datatype;
import io.evalstream.triton.proto.ModelInferRequest;
import io.evalstream.triton.proto.ModelInferRequest.InferInputTensor;

/** Collects each input's raw bytes from {@code raw_input_contents} or {@code contents} (Triton's gRPC handler rules). */
final class InputGatherer {

    private InputGatherer() {
    }

    static List<ByteString> gather(ModelInferRequest request) {
        List<ByteString> data = new ArrayList<>();
        int rawIndex = 0;
        for (InferInputTensor input : request.getInputsList()) {
            if (input.hasContents() && request.getRawInputContentsCount() > 0) {
                throw TritonException.invalid("contents field must not be specified when using raw_input_contents for '"
                        + input.getName() + "' for model '" + request.getModelName() + "'");
            }
            if (input.hasContents()) {
                data.add(Datatype.parse(input.getDatatype())
                        .map(type -> ContentsFlattener.toRaw(type, input.getContents())).orElse(ByteString.EMPTY));
            } else if (rawIndex < request.getRawInputContentsCount()) {
                data.add(request.getRawInputContents(rawIndex++));
            } else {
                throw TritonException.invalid("unable to find data for input tensor '" + input.getName()
                        + "' for model '" + request.getModelName() + "' in request.");
            }
        }
        return data;
    }
}
