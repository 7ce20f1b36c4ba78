package io.evalstream.sim.engine;

import java.util.Arrays;
import java.util.List;

import jakarta.inject.Singleton;

import io.evalstream.sim.generation.Generation;
import io.evalstream.sim.generation.ModelRunner;
import io.evalstream.sim.generation.TextBatchRunner;
import io.evalstream.sim.generation.TrtllmRunner;
import io.evalstream.sim.generation.VllmRunner;
import io.evalstream.sim.metrics.ModelMetrics;
import io.evalstream.sim.metrics.ModelMetrics.FailureReason;
import io.evalstream.sim.metrics.SimMetrics;
import io.evalstream.sim.model.ModelCatalog;
import io.evalstream.sim.model.SimModel;
import io.evalstream.sim.tensor.DecodedInputs;
import io.evalstream.sim.tensor.InputDecoder;
import io.evalstream.sim.tensor.TritonException;
import io.evalstream.triton.proto.ModelInferRequest;
import io.evalstream.triton.proto.ModelInferResponse;
import io.grpc.Status;
import io.smallrye.mutiny.Multi;
import io.vertx.core.Vertx;

/** Validates, plans and runs one inference request; failures are {@link TritonException}s. */
@Singleton
public class InferenceEngine {

    private final ModelCatalog catalog;
    private final SimMetrics metrics;
    private final SlotScheduler slots;
    private final LatencyModel latency;
    private final FaultInjector faults;
    private final Vertx vertx;
    private final VllmRunner vllm;
    private final TrtllmRunner trtllm;
    private final TextBatchRunner textBatch;

    InferenceEngine(ModelCatalog catalog, SimMetrics metrics, SlotScheduler slots, LatencyModel latency,
            FaultInjector faults, Vertx vertx, VllmRunner vllm, TrtllmRunner trtllm, TextBatchRunner textBatch) {
        this.catalog = catalog;
        this.metrics = metrics;
        this.slots = slots;
        this.latency = latency;
        this.faults = faults;
        this.vertx = vertx;
        this.vllm = vllm;
        this.trtllm = trtllm;
        this.textBatch = textBatch;
    }

    /** One request's responses: one for unary calls, one or more on a stream. */
    public Multi<ModelInferResponse> infer(ModelInferRequest request, boolean stream) {
        return Multi.createFrom().deferred(() -> {
            SimModel model = catalog.require(request.getModelName(), request.getModelVersion());
            ModelMetrics counters = metrics.of(model.name());
            Execution.Plan plan = plan(model, counters, request, stream);
            return Multi.createFrom().<ModelInferResponse>emitter(
                    emitter -> new Execution(plan, emitter, counters, slots, vertx).submit());
        });
    }

    private Execution.Plan plan(SimModel model, ModelMetrics counters, ModelInferRequest request, boolean stream) {
        FailureReason stage = FailureReason.OTHER;
        try {
            if (!stream && model.decoupled()) {
                throw new TritonException(Status.Code.UNIMPLEMENTED,
                        "ModelInfer RPC doesn't support models with decoupled transaction policy");
            }
            DecodedInputs inputs = InputDecoder.decode(model, request);
            checkRequestedOutputs(model, request);
            stage = FailureReason.REJECTED;
            Fault fault = faults.decide(request.getId());
            if (fault == Fault.UNAVAILABLE) {
                throw new TritonException(Status.Code.UNAVAILABLE,
                        "Request for model '" + model.name() + "' is unavailable (simulated fault)");
            }
            stage = FailureReason.BACKEND;
            Generation generation = runner(model).plan(model, request, inputs);
            List<ModelInferResponse> responses = ResponseBuilder.build(model, request, generation, stream);
            long[] chunkTimes = latency.readyAt(generation);
            long[] times = Arrays.copyOf(chunkTimes, responses.size());
            for (int i = chunkTimes.length; i < times.length; i++) {
                times[i] = chunkTimes[chunkTimes.length - 1];
            }
            return new Execution.Plan(responses, times, inputs.batchSize(), fault);
        } catch (TritonException e) {
            counters.failed(stage);
            throw e;
        }
    }

    private static void checkRequestedOutputs(SimModel model, ModelInferRequest request) {
        for (var output : request.getOutputsList()) {
            if (model.output(output.getName()).isEmpty()) {
                throw TritonException.invalid("unexpected inference output '" + output.getName() + "' for model '"
                        + model.name() + "'");
            }
        }
    }

    private ModelRunner runner(SimModel model) {
        return switch (model.kind()) {
            case VLLM -> vllm;
            case TRTLLM -> trtllm;
            case TEXT_BATCH -> textBatch;
        };
    }
}
