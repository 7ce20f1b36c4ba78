package io.evalstream.orchestrator.reuse;

import io.evalstream.orchestrator.run.dispatch.AckedSends;
import io.evalstream.orchestrator.run.dispatch.QuestionPublisher;

import io.evalstream.pipeline.Prediction;
import io.evalstream.pipeline.PredictionBatch;
import io.evalstream.pipeline.Question;
import io.evalstream.pipeline.RunInfo;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/**
 * Publishes stored predictions as the new run's own, straight to the predictions topic (keyed by run id, like a
 * worker's), so the scorer stores and scores them like any other; no inference happens for these questions.
 */
@ApplicationScoped
public class ReusedPredictionPublisher {

    private final Emitter<PredictionBatch> emitter;

    public ReusedPredictionPublisher(@Channel("predictions") @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER)
            Emitter<PredictionBatch> emitter) {
        this.emitter = emitter;
    }

    /** Throws {@link QuestionPublisher.PublishException} when a batch is refused or not acknowledged in time. */
    void publish(RunInfo run, List<Question> questions, Map<String, StoredPrediction> byPromptHash, int batchSize,
            Duration timeout) {
        List<CompletableFuture<Void>> acks = new ArrayList<>();
        for (int start = 0, sequence = 0; start < questions.size(); start += batchSize, sequence++) {
            PredictionBatch.Builder batch = PredictionBatch.newBuilder().setRun(run)
                    .setBatchId(run.getRunId() + "/reused-" + sequence);
            questions.subList(start, Math.min(start + batchSize, questions.size()))
                    .forEach(q -> batch.addPredictions(prediction(q, byPromptHash.get(q.getPromptHash()))));
            acks.add(AckedSends.send(emitter, run.getRunId(), batch.build(), () -> {
            }));
        }
        AckedSends.await(acks, timeout);
    }

    private static Prediction prediction(Question question, StoredPrediction stored) {
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
