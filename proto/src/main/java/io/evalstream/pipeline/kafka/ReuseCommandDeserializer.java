package io.evalstream.pipeline.kafka;

import io.evalstream.pipeline.Question;
import io.evalstream.pipeline.ReuseCommand;

public class ReuseCommandDeserializer extends ProtobufDeserializer<ReuseCommand> {

    public ReuseCommandDeserializer() {
        super("ReuseCommand", ReuseCommand.parser());
    }

    @Override
    protected String problem(ReuseCommand command) {
        if (command.getRun().getRunId().isEmpty() || command.getRun().getModel().isEmpty()) {
            return "without run id or model";
        }
        if (command.getQuestionsCount() == 0
                || command.getQuestionsList().stream().map(Question::getPromptHash).anyMatch(String::isEmpty)) {
            return command.getBatchId() + " has no questions or a question without prompt hash";
        }
        return null;
    }
}
