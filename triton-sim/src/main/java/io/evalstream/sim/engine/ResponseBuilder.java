package io.evalstream.sim.engine;

import java.util.ArrayList;
import java.util.List;

import io.evalstream.sim.generation.Chunk;
import io.evalstream.sim.generation.Generation;
import io.evalstream.sim.generation.OutputTensor;
import io.evalstream.sim.model.SimModel;
import io.evalstream.triton.proto.InferParameter;
import io.evalstream.triton.proto.ModelInferRequest;
import io.evalstream.triton.proto.ModelInferResponse;

/** Turns planned chunks into Triton responses: raw outputs only, echoed id, final-response flags on streams. */
final class ResponseBuilder {

    static final String FINAL = "triton_final_response";
    static final String EMPTY_FINAL = "triton_enable_empty_final_response";

    private ResponseBuilder() {
    }

    static List<ModelInferResponse> build(SimModel model, ModelInferRequest request, Generation generation,
            boolean stream) {
        boolean emptyFinal = stream && model.decoupled()
                && request.getParametersOrDefault(EMPTY_FINAL, InferParameter.getDefaultInstance()).getBoolParam();
        List<String> requested = request.getOutputsList().stream()
                .map(ModelInferRequest.InferRequestedOutputTensor::getName).toList();
        List<ModelInferResponse> responses = new ArrayList<>();
        List<Chunk> chunks = generation.chunks();
        for (int i = 0; i < chunks.size(); i++) {
            ModelInferResponse.Builder response = base(model, request);
            for (OutputTensor output : chunks.get(i).outputs()) {
                if (requested.isEmpty() || requested.contains(output.name())) {
                    response.addOutputs(ModelInferResponse.InferOutputTensor.newBuilder().setName(output.name())
                            .setDatatype(output.datatype().name()).addAllShape(output.shape()))
                            .addRawOutputContents(output.raw());
                }
            }
            if (stream) {
                response.putParameters(FINAL, flag(!emptyFinal && i == chunks.size() - 1));
            }
            responses.add(response.build());
        }
        if (emptyFinal) {
            responses.add(base(model, request).putParameters(FINAL, flag(true)).build());
        }
        return responses;
    }

    private static ModelInferResponse.Builder base(SimModel model, ModelInferRequest request) {
        return ModelInferResponse.newBuilder().setModelName(model.name()).setModelVersion(SimModel.VERSION)
                .setId(request.getId());
    }

    private static InferParameter flag(boolean value) {
        return InferParameter.newBuilder().setBoolParam(value).build();
    }
}
