package io.evalstream.sim.model;

import java.util.ArrayList;
import java.util.List;

import io.evalstream.triton.proto.ModelConfig;
import io.evalstream.triton.proto.ModelInput;
import io.evalstream.triton.proto.ModelMetadataResponse;
import io.evalstream.triton.proto.ModelOutput;
import io.evalstream.triton.proto.ModelTransactionPolicy;

/** ModelMetadata and ModelConfig answers for a served model, as Triton builds them from the config. */
public final class ModelDescriptions {

    private ModelDescriptions() {
    }

    public static ModelMetadataResponse metadata(SimModel model) {
        ModelMetadataResponse.Builder response = ModelMetadataResponse.newBuilder().setName(model.name())
                .addVersions(SimModel.VERSION).setPlatform(model.metadataPlatform());
        model.inputs().forEach(t -> response.addInputs(tensor(model, t)));
        model.outputs().forEach(t -> response.addOutputs(tensor(model, t)));
        return response.build();
    }

    public static ModelConfig config(SimModel model) {
        ModelConfig.Builder config = ModelConfig.newBuilder().setName(model.name()).setPlatform(model.platform())
                .setBackend(model.backend()).setMaxBatchSize(model.maxBatchSize())
                .setModelTransactionPolicy(ModelTransactionPolicy.newBuilder().setDecoupled(model.decoupled()));
        model.inputs().forEach(t -> config.addInput(ModelInput.newBuilder().setName(t.name())
                .setDataType(t.datatype().configType()).addAllDims(t.dims()).setOptional(t.optional())));
        model.outputs().forEach(t -> config.addOutput(ModelOutput.newBuilder().setName(t.name())
                .setDataType(t.datatype().configType()).addAllDims(t.dims())));
        return config.build();
    }

    private static ModelMetadataResponse.TensorMetadata tensor(SimModel model, TensorSpec spec) {
        List<Long> shape = new ArrayList<>();
        if (model.batched()) {
            shape.add(-1L);
        }
        shape.addAll(spec.dims());
        return ModelMetadataResponse.TensorMetadata.newBuilder().setName(spec.name())
                .setDatatype(spec.datatype().name()).addAllShape(shape).build();
    }
}
