package io.evalstream.worker.flow;

import com.google.protobuf.InvalidProtocolBufferException;

import io.evalstream.pipeline.Question;
import io.evalstream.pipeline.QuestionBatch;

/** Parses and validates a questions record; a record that fails is dead-lettered with the reason. */
final class QuestionBatches {

    private QuestionBatches() {
    }

    static QuestionBatch parse(byte[] payload) {
        if (payload == null) {
            throw new MalformedRecordException("empty record value, expected a QuestionBatch");
        }
        QuestionBatch batch;
        try {
            batch = QuestionBatch.parseFrom(payload);
        } catch (InvalidProtocolBufferException e) {
            throw new MalformedRecordException("not a QuestionBatch: " + e.getMessage(), e);
        }
        if (batch.getRun().getRunId().isEmpty() || batch.getRun().getModel().isEmpty()) {
            throw new MalformedRecordException("QuestionBatch without run id or model");
        }
        if (batch.getQuestionsCount() == 0
                || batch.getQuestionsList().stream().map(Question::getQuestionId).anyMatch(String::isEmpty)) {
            throw new MalformedRecordException("QuestionBatch " + batch.getBatchId()
                    + " has no questions or a question without id");
        }
        return batch;
    }
}
