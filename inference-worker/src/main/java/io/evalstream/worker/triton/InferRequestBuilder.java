package io.evalstream.worker.triton;

import java.util.List;

import com.google.protobuf.ByteString;

import io.evalstream.triton.proto.ModelInferRequest;
import io.evalstream.triton.proto.ModelInferRequest.InferInputTensor;
import io.evalstream.triton.proto.ModelInferRequest.InferRequestedOutputTensor;

/** Accumulates input tensors, always as raw_input_contents (Triton forbids mixing raw and typed contents). */
final class InferRequestBuilder {

    private final ModelInterface model;
    private final int batch;
    private final ModelInferRequest.Builder request;

    InferRequestBuilder(ModelInterface model, String id, int batch) {
        this.model = model;
        this.batch = batch;
        this.request = ModelInferRequest.newBuilder().setModelName(model.name()).setId(id);
    }

    /** The prompts, one element each: [B,1] for batched models, [1] otherwise. */
    InferRequestBuilder prompts(List<String> prompts) {
        return add(model.textInput(), ModelInterfaces.BYTES, TensorCodec.bytes(prompts), 1);
    }

    /** The same value for every prompt. */
    InferRequestBuilder scalar(String name, String datatype, ByteString element) {
        return vector(name, datatype, element, 1);
    }

    /** The same {@code width} elements for every prompt: [B,width] for batched models, [width] otherwise. */
    InferRequestBuilder vector(String name, String datatype, ByteString elements, int width) {
        ByteString raw = ByteString.EMPTY;
        for (int i = 0; i < batch; i++) {
            raw = raw.concat(elements);
        }
        return add(name, datatype, raw, width);
    }

    InferRequestBuilder flagIfDeclared(String name, boolean value) {
        return model.hasInput(name) ? scalar(name, "BOOL", TensorCodec.bool(value)) : this;
    }

    InferRequestBuilder output(String name) {
        if (model.hasOutput(name)) {
            request.addOutputs(InferRequestedOutputTensor.newBuilder().setName(name));
        }
        return this;
    }

    ModelInferRequest build() {
        return request.build();
    }

    private InferRequestBuilder add(String name, String datatype, ByteString raw, int width) {
        InferInputTensor.Builder tensor = InferInputTensor.newBuilder().setName(name).setDatatype(datatype);
        if (model.batched()) {
            tensor.addShape(batch);
        }
        request.addInputs(tensor.addShape(width));
        request.addRawInputContents(raw);
        return this;
    }
}
