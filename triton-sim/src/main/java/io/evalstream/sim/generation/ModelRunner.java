package io.evalstream.sim.generation;

import io.evalstream.sim.model.SimModel;
import io.evalstream.sim.tensor.DecodedInputs;
import io.evalstream.triton.proto.ModelInferRequest;

/** Plans the responses of one validated request for one model kind. */
public interface ModelRunner {

    Generation plan(SimModel model, ModelInferRequest request, DecodedInputs inputs);
}
