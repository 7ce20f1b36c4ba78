package io.evalstream.scorer.reuse;

import io.evalstream.pipeline.GenerationSettings;
import io.evalstream.pipeline.Prediction;
import io.evalstream.pipeline.PredictionBatch;
import io.evalstream.pipeline.Question;
import io.evalstream.pipeline.ReuseCommand;
import io.evalstream.pipeline.run.Generation;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A reuse command's questions answered with the stored predictions of an earlier run, as a prediction batch of the new
 * run. A question whose prediction is gone meanwhile is left out; the orchestrator dispatches it again as a stalled one.
 */
@ApplicationScoped
public class ReusedPredictions {

    private final ReuseService reuse;

    public ReusedPredictions(ReuseService reuse) {
        this.reuse = reuse;
    }

    PredictionBatch of(ReuseCommand command) {
        GenerationSettings g = command.getRun().getGeneration();
        List<String> hashes = command.getQuestionsList().stream().map(Question::getPromptHash).toList();
        Map<String, ReusablePrediction> stored = reuse.reusable(new ReuseRequest(command.getRun().getModel(),
                new Generation(g.getMaxNewTokens(), g.getTemperature(), g.getStopList(), g.getSeed()),
                hashes)).stream().collect(Collectors.toMap(ReusablePrediction::promptHash, Function.identity()));
        PredictionBatch.Builder batch = PredictionBatch.newBuilder().setRun(command.getRun())
                .setBatchId(command.getBatchId());
        for (Question question : command.getQuestionsList()) {
            ReusablePrediction prediction = stored.get(question.getPromptHash());
            if (prediction == null) {
                Log.warnf("run %s: no stored prediction for %s any more", command.getRun().getRunId(),
                        question.getQuestionId());
            } else {
                batch.addPredictions(prediction(question, prediction));
            }
        }
        return batch.build();
    }

    private static Prediction prediction(Question question, ReusablePrediction stored) {
        Prediction.Builder prediction = Prediction.newBuilder().setQuestion(question).setOutput(stored.output())
                .setFinishReason(stored.finishReason() == null ? "" : stored.finishReason())
                .setWorkerId("reused:" + stored.runId());
        if (stored.inputTokens() != null) {
            prediction.setInputTokens(stored.inputTokens());
        }
        if (stored.outputTokens() != null) {
            prediction.setOutputTokens(stored.outputTokens());
        }
        return prediction.build();
    }
}
