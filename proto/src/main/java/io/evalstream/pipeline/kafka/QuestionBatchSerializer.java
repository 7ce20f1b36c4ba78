package io.evalstream.pipeline.kafka;

import io.evalstream.pipeline.QuestionBatch;

public class QuestionBatchSerializer extends ProtobufSerializer<QuestionBatch> {
}
