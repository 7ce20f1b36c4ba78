package io.evalstream.sim.tensor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.google.protobuf.ByteString;

import io.evalstream.sim.model.Datatype;
import io.evalstream.sim.model.SimModel;
import io.evalstream.sim.model.TensorSpec;
import io.evalstream.triton.proto.ModelInferRequest;
import io.evalstream.triton.proto.ModelInferRequest.InferInputTensor;

/** Validates a request's inputs against the model config the way Triton's core does, and decodes them. */
public final class InputDecoder {

    private InputDecoder() {
    }

    public static DecodedInputs decode(SimModel model, ModelInferRequest request) {
        List<ByteString> data = InputGatherer.gather(request);
        String prefix = "[request id: " + (request.getId().isEmpty() ? "<id_unknown>" : request.getId()) + "] ";
        checkNames(prefix, model, request);
        int batch = BatchShape.batchSize(prefix, model, request);
        Map<String, InputTensor> inputs = new LinkedHashMap<>();
        for (int i = 0; i < request.getInputsCount(); i++) {
            InferInputTensor input = request.getInputs(i);
            TensorSpec spec = model.input(input.getName()).orElseThrow();
            Datatype type = spec.datatype();
            long elements = BatchShape.checkShape(prefix, model, spec, input.getShapeList());
            List<Object> values = ElementDecoder.decode(prefix, input.getName(), model.name(), type, elements, data.get(i));
            inputs.put(input.getName(), new InputTensor(input.getName(), type, input.getShapeList(), values));
        }
        return new DecodedInputs(inputs, batch);
    }

    private static void checkNames(String prefix, SimModel model, ModelInferRequest request) {
        for (InferInputTensor input : request.getInputsList()) {
            TensorSpec spec = model.input(input.getName()).orElseThrow(() -> TritonException.invalid(
                    prefix + "unexpected inference input '" + input.getName() + "' for model '" + model.name() + "'"));
            if (!spec.datatype().name().equals(input.getDatatype())) {
                throw TritonException.invalid(prefix + "inference input '" + input.getName() + "' data-type is '"
                        + input.getDatatype() + "', but model '" + model.name() + "' expects '"
                        + spec.datatype().name() + "'");
            }
        }
        List<String> given = request.getInputsList().stream().map(InferInputTensor::getName).toList();
        List<String> missing = model.inputs().stream().filter(t -> !t.optional()).map(TensorSpec::name)
                .filter(name -> !given.contains(name)).toList();
        if (!missing.isEmpty()) {
            long required = model.inputs().stream().filter(t -> !t.optional()).count();
            throw TritonException.invalid(prefix + "expected number of inputs between " + required + " and "
                    + model.inputs().size() + " but got " + given.size() + " inputs for model '" + model.name()
                    + "'. Got input(s) " + quoted(given) + ", but missing required input(s) " + quoted(missing)
                    + ". Please provide all required input(s).");
        }
    }

    private static String quoted(List<String> names) {
        return names.stream().map(n -> "'" + n + "'").collect(Collectors.joining(",", "[", "]"));
    }
}
