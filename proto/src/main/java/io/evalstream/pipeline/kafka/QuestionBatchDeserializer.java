package io.evalstream.pipeline.kafka;

import io.evalstream.pipeline.Question;
import io.evalstream.pipeline.QuestionBatch;

public class QuestionBatchDeserializer extends ProtobufDeserializer<QuestionBatch> {

    public QuestionBatchDeserializer() {
        super("QuestionBatch", QuestionBatch.parser());
    }

    @Override
    protected String problem(QuestionBatch batch) {
        if (batch.getRun().getRunId().isEmpty() || batch.getRun().getModel().isEmpty()) {
            return "without run id or model";
        }
        if (batch.getQuestionsCount() == 0
                || batch.getQuestionsList().stream().map(Question::getQuestionId).anyMatch(String::isEmpty)) {
            return batch.getBatchId() + " has no questions or a question without id";
        }
        return null;
    }
}
