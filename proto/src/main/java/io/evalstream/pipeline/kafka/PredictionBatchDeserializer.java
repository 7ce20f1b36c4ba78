package io.evalstream.pipeline.kafka;

import io.evalstream.pipeline.PredictionBatch;

public class PredictionBatchDeserializer extends ProtobufDeserializer<PredictionBatch> {

    public PredictionBatchDeserializer() {
        super("PredictionBatch", PredictionBatch.parser());
    }

    @Override
    protected String problem(PredictionBatch batch) {
        return batch.getRun().getRunId().isEmpty() ? batch.getBatchId() + " carries no run id" : null;
    }
}
