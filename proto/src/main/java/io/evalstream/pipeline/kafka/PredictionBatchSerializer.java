package io.evalstream.pipeline.kafka;

import io.evalstream.pipeline.PredictionBatch;

public class PredictionBatchSerializer extends ProtobufSerializer<PredictionBatch> {
}
